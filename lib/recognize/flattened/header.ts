// Header words printed with a typo ("尚未审决", "商业企亚") become label deviations for the
// cells they head.

import type { LabelDeviation } from '../../model/report';
import type { HeaderItem } from './labels';
import { sourceSlice, type NormText } from './text';

/** The official label and the cells a header word heads; `nth` counts earlier items with the same word. */
export type HeaderResolver = (word: string, nth: number) => { label: string; cells: string[] } | null;

export function headerDeviations(nt: NormText, items: readonly HeaderItem[], resolve: HeaderResolver): LabelDeviation[] {
  const out: LabelDeviation[] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const nth = seen.get(item.word) ?? 0;
    seen.set(item.word, nth + 1);
    if (!item.typo) continue;
    const target = resolve(item.word, nth);
    if (target) out.push({ printed: sourceSlice(nt, item.start, item.end), expected: target.label, cells: target.cells });
  }
  return out;
}
