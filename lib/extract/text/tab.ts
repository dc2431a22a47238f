// Tab-separated PDF text: one row per line, one cell per tab. Leading and trailing empty cells
// are kept: their positions are all that tells the columns apart.

import { lineRef, type RegionLine, type Row } from './rows';

export function tabRows(lines: readonly RegionLine[]): Row[] {
  return lines.map((l) => ({ texts: l.text.split('\t').map((c) => c.trim()), ref: lineRef(l.no) }));
}
