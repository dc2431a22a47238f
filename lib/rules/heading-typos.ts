// Typos in section headings (spec §8: "行政法复议"). A heading is recognised by ordinal + keyword
// and may use any of the known wording variants (五、存在的主要问题及改进措施 is fine), so only a
// near miss of a key term is a deviation: the term is absent and a one-edit variant of it is there.

import type { SectionHit } from '../model/report';
import { editDistance, normalizeLabel } from '../standard/normalize';
import type { SectionKey } from '../standard/sections';

/** Terms of at least four characters that a heading of the section normally carries. */
const KEY_TERMS: Record<SectionKey, string[]> = {
  overview: ['总体情况'],
  active: ['主动公开'],
  applications: [],
  reviews: ['行政复议', '行政诉讼'],
  problems: [],
  other: ['其他需要报告'],
};

function nearMiss(text: string, term: string): string | null {
  for (let len = term.length - 1; len <= term.length + 1; len++) {
    for (let i = 0; i + len <= text.length; i++) {
      const piece = text.slice(i, i + len);
      // Same first and last character: a typo inside the term, not a different word next to it.
      if (piece[0] !== term[0] || piece[piece.length - 1] !== term[term.length - 1]) continue;
      if (editDistance(piece, term) === 1) return piece;
    }
  }
  return null;
}

/** The misspelt key terms of a found section's heading, e.g. ["行政法复议"]. */
export function headingTypos(section: SectionHit): string[] {
  if (!section.found || !section.title) return [];
  const printed = normalizeLabel(section.title);
  return KEY_TERMS[section.key].flatMap((term) => {
    if (printed.includes(term)) return [];
    const miss = nearMiss(printed, term);
    return miss ? [miss] : [];
  });
}
