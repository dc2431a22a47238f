// Table 二 in flattened text: no identity inside the table, so a row's digits split one way
// only when they are one digit per cell or the narrative names the figures.

import { normalizeLabel } from '../../standard/normalize';
import { ACTIVE_BLOCKS, DECIMAL_CELLS, cellRef } from '../../standard/tables';
import type { TableRow } from './decode';
import { locateRows, type Located } from './locate';
import type { NormText, Token } from './text';

export const ACTIVE_TABLE_ROWS: readonly TableRow[] = ACTIVE_BLOCKS.flatMap((b) =>
  b.rows.map((r) => {
    const cells = b.columns.map((c) => `${r.key}.${c.key}`);
    return {
      label: normalizeLabel(r.label),
      core: normalizeLabel(r.core),
      cells,
      official: r.label,
      title: r.label,
      columns: b.columns.map((c) => c.label),
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

/** The 2021 columns of block （一）; the 2019 table (本年新制作数量 …) and prose lack them. */
const COLUMNS_2021 = ACTIVE_BLOCKS[0]!.columns.map((c) => normalizeLabel(c.label));

export const locateActive = (nt: NormText, tokens: readonly Token[]): Located | null =>
  locateRows(nt, tokens, {
    rows: ACTIVE_TABLE_ROWS,
    groups: HEADER,
    header: HEADER,
    minRows: 3,
    headerOk: (words) => words.some((w) => COLUMNS_2021.includes(w)),
  });
