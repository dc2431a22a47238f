// Paths into the shared corpus (../shared beside the repo) and its truth files.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AuditResult } from '../../lib/audit/schema';

export const CORPUS = resolve(__dirname, '../../../shared/corpus');
export const hasCorpus = existsSync(resolve(CORPUS, 'MANIFEST.json'));

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
