// Table 二 in flattened text: no identity inside the table, so a row's digits split one way
// only when they are one digit per cell or the narrative names the figures.

import { normalizeLabel } from '../../standard/normalize';
import { ACTIVE_BLOCKS, DECIMAL_CELLS, cellRef } from '../../standard/tables';
import type { LabelDeviation } from '../../model/report';
import type { TableRow } from './decode';
import { headerDeviations } from './header';
import { headerStart } from './labels';
import { locateRows, type Located } from './locate';
import type { NormText, Token } from './text';

export const ACTIVE_TABLE_ROWS: readonly TableRow[] = ACTIVE_BLOCKS.flatMap((b) =>
  b.rows.map((r) => {
    const cells = b.columns.map((c) => `${r.key}.${c.key}`);
    return {
      core: normalizeLabel(r.core),
      cells,
      key: r.key,
      official: r.label,
      decimal: cells.length === 1 && DECIMAL_CELLS.has(cellRef('active', cells[0]!)),
    };
  }),
);

/** Block captions and column headers, which sit between the rows. */
const HEADER = [
  ...ACTIVE_BLOCKS.map((b) => `第二十条第（${b.item}）项`),
  '信息内容',
  ...ACTIVE_BLOCKS.flatMap((b) => b.columns.map((c) => c.label)),
].map(normalizeLabel);

/** The 2021 column headers; the 2019 table (本年新制作数量 …) and prose lack them. */
const COLUMNS_2021 = ACTIVE_BLOCKS.flatMap((b) => b.columns.map((c) => normalizeLabel(c.label)));

export const locateActive = (nt: NormText, tokens: readonly Token[]): Located | null =>
  locateRows(nt, tokens, {
    rows: ACTIVE_TABLE_ROWS,
    groups: HEADER,
    header: HEADER,
    minRows: 3,
    headerOk: (words) => words.some((w) => COLUMNS_2021.includes(w)),
  });

/** Column headers printed with a typo ("本年度止件数"), block by block: that column's cells. */
export function activeHeaderLabels(nt: NormText, loc: Located): LabelDeviation[] {
  const out: LabelDeviation[] = [];
  let row = 0;
  let prevEnd = loc.start;
  let first = true;
  for (const block of ACTIVE_BLOCKS) {
    // The block's header stands before its first printed row (a row the publisher dropped is not it).
    const hit = loc.walk.hits.slice(row, row + block.rows.length).find((h) => h.state !== 'missing');
    if (hit) {
      const items = first ? loc.header : headerStart(nt.text, hit.label.start, prevEnd, HEADER).items;
      first = false;
      out.push(
        ...headerDeviations(nt, items, (word) => {
          const col = block.columns.find((c) => normalizeLabel(c.label) === word);
          return col ? { label: col.label, cells: block.rows.map((r) => `${r.key}.${col.key}`) } : null;
        }),
      );
    }
    for (const _ of block.rows) {
      const h = loc.walk.hits[row++]!;
      if (h.state === 'values') prevEnd = h.num.end;
      else if (h.state === 'empty') prevEnd = h.label.end;
    }
  }
  return out;
}
