// The shared evaluation corpus (../shared/corpus): its manifest and truth files.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditResult } from '../../lib/audit/schema';

import { CORPUS, hasCorpus } from '../helpers/corpus';

export { CORPUS, hasCorpus };

export interface CorpusDoc {
  id: string;
  path: string;
  format: 'text' | 'html' | 'pdf';
  kind: 'report' | 'negative' | 'listing' | 'old-format';
  expect: 'report' | 'not-a-report' | 'not-a-2021-report';
  truth: string | null;
}

export function corpusDocs(): CorpusDoc[] {
  if (!hasCorpus) return [];
  return JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')).documents;
}

export function truthOf(doc: CorpusDoc): AuditResult {
  return JSON.parse(readFileSync(join(CORPUS, doc.truth!), 'utf8'));
}

/** A finding as the scorer compares it: rule id and set of cells (info findings are not compared). */
export function findingKeys(result: Pick<AuditResult, 'findings'>): string[] {
  return result.findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule} ${[...f.cells].sort().join(',')}`)
    .sort();
}

/** The badge the truth implies (truth has no info findings, so no "?"). */
export function expectedBadge(truth: AuditResult): string {
  const errors = truth.findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) return String(errors);
  return truth.findings.some((f) => f.severity === 'warning') ? '!' : '✓';
}
