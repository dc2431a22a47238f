// Which two reports a cross-year check may compare: the same body's reports of consecutive years,
// both in the 2021 format. Used by the engine (an explicit pair), the checker and the extension
// (reports paired among many).

import type { ReportFigures } from '../model/figures';
import { normalizeOrgan, sameOrgan } from './organ';

/** Why a given previous-year report was not compared. */
export type NotCompared = 'not-a-report' | 'old-format' | 'not-consecutive' | 'other-organ';
export const NOT_COMPARED: readonly NotCompared[] = ['not-a-report', 'old-format', 'not-consecutive', 'other-organ'];

/**
 * null when `previous` is last year's report of the body that published `current`. An organ the
 * reader could not name on either side does not stop a pair the user made (`given`), but two
 * different names do: a renamed body is not compared, since a wrong pair would accuse.
 */
export function whyNotComparable(current: ReportFigures, previous: ReportFigures | null, given = true): NotCompared | null {
  if (!previous) return 'not-a-report';
  if (current.format !== '2021' || previous.format !== '2021') return 'old-format';
  if (current.year === null || previous.year === null || previous.year !== current.year - 1) return 'not-consecutive';
  if (current.organ === null || previous.organ === null) return given ? null : 'other-organ';
  return sameOrgan(current.organ, previous.organ) ? null : 'other-organ';
}

export interface Dated<T> {
  item: T;
  year: number | null;
  organ: string | null;
  /** How many cells were read with doubt: of several copies of a report, the best read is used. */
  unsure?: number;
}

/**
 * Each item's previous-year counterpart among `items` (same body, year − 1), found by organ
 * name. Where several copies of last year's report are there, the one read best (fewest
 * uncertain cells, then the first) is used; an organ that matches several bodies only loosely
 * pairs with none.
 */
export function pairConsecutive<T>(items: readonly Dated<T>[]): Map<T, T> {
  const out = new Map<T, T>();
  for (const cur of items) {
    if (cur.year === null || cur.organ === null) continue;
    const candidates = items.filter((p) => p.year === cur.year! - 1 && p.organ !== null && sameOrgan(cur.organ, p.organ));
    if (candidates.length === 0) continue;
    const exact = candidates.filter((p) => normalizeOrgan(p.organ!) === normalizeOrgan(cur.organ!));
    const pool = exact.length > 0 ? exact : new Set(candidates.map((p) => normalizeOrgan(p.organ!))).size === 1 ? candidates : [];
    const best = [...pool].sort((a, b) => (a.unsure ?? 0) - (b.unsure ?? 0))[0];
    if (best) out.set(cur.item, best.item);
  }
  return out;
}
