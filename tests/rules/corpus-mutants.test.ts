// The main correctness harness until the recogniser lands: every corpus document with a truth file
// is turned into a RecognizedReport (truth cells, the mutation's printed texts and labels, the
// page's narrative), and the rules must reproduce the truth's non-info findings exactly.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuditResult, Finding } from '../../lib/audit/schema';
import { scored } from './helpers';
import { hasCorpus, corpusPath } from '../helpers/corpus';
import { corpusDocs, corpusReport } from './corpus-report';

const signature = (f: Pick<Finding, 'rule' | 'cells'>) => `${f.rule} [${[...f.cells].sort().join(' ')}]`;
const arithmetic = (f: Finding) => `${signature(f)} ${f.expected ?? ''}/${f.actual ?? ''}`;

const docs = hasCorpus ? corpusDocs().filter((d) => d.truth) : [];

describe.skipIf(!hasCorpus)('corpus truths reproduced by the rules', () => {
  it.each(docs.map((d) => [d.id, d] as const))('%s', (_id, doc) => {
    const truth: AuditResult = JSON.parse(readFileSync(corpusPath(doc.truth!), 'utf8'));
    const findings = scored(corpusReport(doc, truth));
    expect(findings.map(signature).sort()).toEqual(truth.findings.map(signature).sort());
    expect(findings.map(arithmetic).sort()).toEqual(truth.findings.map(arithmetic).sort());
  });
});
