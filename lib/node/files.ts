// Expand a folder into the files to audit: every supported file below it, recursively, sorted
// by path. Hidden entries and node_modules are skipped.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, reasonOf } from './errors';
import { kindFromName, SUPPORTED_EXTENSIONS } from './kind';

export async function listFolder(folder: string): Promise<string[]> {
  const out: string[] = [];
  await walk(folder, folder, out);
  if (out.length === 0) {
    throw new InputError('folder-empty', { input: folder, extensions: SUPPORTED_EXTENSIONS.join(' ') });
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function walk(dir: string, root: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new InputError('folder-unreadable', { input: dir === root ? root : dir, reason: reasonOf(e) });
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, root, out);
    else if (entry.isFile() && kindFromName(entry.name)) out.push(path);
  }
}
