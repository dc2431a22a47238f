// Paths into the shared corpus (../shared beside the repo) and its truth files.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuditResult } from '../../lib/audit/schema';

/** ../shared beside the repository (NIANBAO_CORPUS may point the corpus elsewhere). */
export const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
export const CORPUS = resolve(process.env.NIANBAO_CORPUS ?? resolve(SHARED, 'corpus'));
export const hasCorpus = existsSync(resolve(CORPUS, 'MANIFEST.json'));

// Locally a missing corpus skips the tests that need it; in CI it is an error, or the suite would
// silently shrink and hide breakage.
if (!hasCorpus && process.env.CI) {
  throw new Error(`the shared corpus is missing: ${CORPUS} (check out ../shared beside the repository)`);
}

export interface ManifestDoc {
  id: string;
  path: string;
  format: 'text' | 'html' | 'pdf';
  kind: 'report' | 'negative' | 'listing' | 'old-format';
  expect: string;
  truth: string | null;
}

export function manifest(): ManifestDoc[] {
  return JSON.parse(readFileSync(resolve(CORPUS, 'MANIFEST.json'), 'utf8')).documents;
}

export const corpusPath = (rel: string): string => resolve(CORPUS, rel);
export const readTruth = (doc: ManifestDoc): AuditResult => JSON.parse(readFileSync(corpusPath(doc.truth!), 'utf8'));
