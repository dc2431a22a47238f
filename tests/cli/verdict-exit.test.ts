// The one verdict module gives every corpus document the exit code the README promises: 1 for a
// report whose truth has errors, 0 for one without, 3 for a page that is not a 2021-format report.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../lib/audit/index';
import type { AuditResult } from '../../lib/audit/schema';
import { exitCodeOf, verdictOf } from '../../lib/messages/verdict';
import { loadFile } from '../../lib/node/load';
import { CORPUS, hasCorpus } from '../helpers/corpus';

interface Doc {
  id: string;
  path: string;
  kind: string;
  truth: string | null;
}

const manifests = ['MANIFEST.json', 'real/MANIFEST.json'];
const docs = hasCorpus
  ? manifests.flatMap((m) => {
      const at = resolve(CORPUS, m);
      return (JSON.parse(readFileSync(at, 'utf8')).documents as Doc[]).map((d) => ({ ...d, base: dirname(at) }));
    })
  : [];

function promised(d: Doc & { base: string }): number {
  if (d.kind !== 'report') return 3;
  const truth = JSON.parse(readFileSync(resolve(d.base, d.truth!), 'utf8')) as AuditResult;
  return truth.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

describe.skipIf(!hasCorpus)('exit codes of the corpus', () => {
  it.each(docs.map((d) => [d.id, d] as const))('%s', async (_id, d) => {
    const { result } = audit(await loadFile(resolve(d.base, d.path)));
    expect(exitCodeOf(verdictOf(result))).toBe(promised(d));
  });
});
