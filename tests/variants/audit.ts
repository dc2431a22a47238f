// Audit a variant in-process with the checker's own functions: the file is loaded by
// lib/node/load.ts (the same extractor choice, charset handling and jsdom parse as
// `npm run audit`) and audited by lib/audit/index.ts.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit } from '../../lib/audit/index';
import { loadDocument } from '../../lib/node/load';
import type { AuditOutput } from './compare';
import type { Variant } from './types';

export interface AuditRun {
  output: AuditOutput | null;
  /** The loader or the audit threw: the checker would have failed on this file. */
  error?: string;
}

export async function auditFile(path: string): Promise<AuditRun> {
  try {
    const doc = await loadDocument(path);
    return { output: audit(doc).result as AuditOutput };
  } catch (e) {
    return { output: null, error: (e as Error)?.stack ?? String(e) };
  }
}

/** Write the variant into `dir` (as the scorer would see it) and audit that file. */
export async function auditVariant(v: Variant, dir: string): Promise<AuditRun> {
  const path = join(dir, v.file);
  writeFileSync(path, v.text);
  return auditFile(path);
}
