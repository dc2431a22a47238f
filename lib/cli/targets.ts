// Everything a run audits, in order: the inputs given (folders expanded), the lines of --list
// files, and the report links of --listing pages; then the run's share of them (--shard).

import { readFile } from 'node:fs/promises';
import { InputError, reasonOf, type Lang } from '../node/errors';
import type { Shard } from './args';
import { expandInputs, type Target } from './run';

export async function readList(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new InputError('list-unreadable', { input: path, reason: reasonOf(e) });
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export interface Collected {
  targets: Target[];
  /** More than one document, or a source that could hold several: a batch run. */
  many: boolean;
}

export async function collectTargets(o: { inputs: string[]; lists: string[]; listings: string[]; listingPages: number }, lang: Lang): Promise<Collected> {
  const { targets, many } = await expandInputs(o.inputs, lang);
  for (const list of o.lists) {
    try {
      targets.push(...(await expandInputs(await readList(list), lang)).targets);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      targets.push({ input: list, error: e.localized(lang) });
    }
  }
  if (o.listings.length > 0) {
    const { listingReports } = await import('../node/listing');
    for (const url of o.listings) {
      try {
        targets.push(...(await listingReports(url, o.listingPages)).map((r) => ({ input: r.url })));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        targets.push({ input: url, error: e.localized(lang) });
      }
    }
  }
  const seen = new Set<string>();
  const unique = targets.filter((t) => (seen.has(t.input) ? false : (seen.add(t.input), true)));
  return { targets: unique, many: many || o.lists.length > 0 || o.listings.length > 0 };
}

/** Share i of n, dealt in turn (1st, n+1st … to shard 1): every shard gets a mix of the inputs. */
export function shardOf<T>(items: readonly T[], shard: Shard | null): T[] {
  return shard ? items.filter((_, i) => i % shard.count === shard.index - 1) : [...items];
}
