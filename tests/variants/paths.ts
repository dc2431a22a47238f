// Where the repository and the shared corpus are. ../shared sits beside the repository; it is
// located relative to the repository, never by an absolute path, and its absence is an error.

import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = resolve(REPO_ROOT, '..', 'shared');
export const CORPUS = resolve(SHARED, 'corpus');

/** The corpus folder, or an exception that says what is missing and where it was looked for. */
export function requireCorpus(): string {
  for (const rel of ['MANIFEST.json', 'real/MANIFEST.json']) {
    const p = resolve(CORPUS, rel);
    if (!existsSync(p)) {
      throw new Error(
        `variant harness: the shared corpus is missing (${p} not found). ` +
          `It must be checked out as ../shared beside the repository (${SHARED}).`,
      );
    }
  }
  return CORPUS;
}
