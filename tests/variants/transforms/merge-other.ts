// （六）其他处理 without its three sub-rows: either one row (the 2019 layout kept in a 2021
// table) holding the sums, or the three sub-row labels kept but one value cell per column
// spanning them. The contract reads a single （六） value into results.other.other; the two
// other sub-rows are absent (null), and the truth gains one structure-variant.

import { T3_COLUMNS } from '../keys';
import { adjustSpansAcross, buildGrid, clearCell, findTable, groupCell, printed, setCellText, setRowSpan, t3RowIndex, t3ValueCells, type Grid } from '../dom';
import { cellOf, type TruthEdit } from '../truth';
import { htmlTransform, sumOf } from './common';

const SUBS = ['results.other.no_correction', 'results.other.no_fee', 'results.other.other'] as const;

interface OtherBlock {
  grid: Grid;
  rows: [number, number, number];
  sums: (number | null)[];
}

function locate(doc: Document, truth: TruthEdit): OtherBlock | null {
  const table = findTable(doc, 'applications');
  if (!table) return null;
  const grid = buildGrid(table);
  const idx = t3RowIndex(grid);
  const rows = SUBS.map((k) => idx.get(k));
  if (rows.some((r) => r === undefined)) return null;
  const [r1, r2, r3] = rows as [number, number, number];
  if (r2 !== r1 + 1 || r3 !== r2 + 1) return null;
  const group = groupCell(grid, '（六）其他处理');
  if (!group || group.row !== r1 || group.rowSpan !== 3) return null;
  if ([r1, r2, r3].some((r) => t3ValueCells(grid, r).length !== 7)) return null;
  const sums: (number | null)[] = [];
  for (const c of T3_COLUMNS) {
    const s = sumOf(SUBS.map((k) => cellOf(truth.truth, `applications:${k}.${c}`)));
    if (s === undefined) return null; // blanks and numbers mixed: no single printed sum
    sums.push(s);
  }
  return { grid, rows: [r1, r2, r3], sums };
}

function adjustTruth(truth: TruthEdit, sums: (number | null)[], how: string): void {
  T3_COLUMNS.forEach((c, i) => truth.set(`applications:results.other.other.${c}`, sums[i]!));
  truth
    .absent(
      SUBS.slice(0, 2).flatMap((k) => T3_COLUMNS.map((c) => `applications:${k}.${c}`)),
      `（六）其他处理 ${how}; its value is read into results.other.other`,
    )
    .structureVariant(`表三“（六）其他处理”${how}，该值记入results.other.other，另两个子项按缺行处理。`);
}

export const otherSingleRow = htmlTransform({
  id: 't3-other-single-row',
  description: 'table 三 （六）其他处理 as one row holding the sums of its three sub-rows',
  edit(doc, truth) {
    const b = locate(doc, truth);
    if (!b) return false;
    const { grid, rows: [r1, r2, r3], sums } = b;
    const group = groupCell(grid, '（六）其他处理')!;
    const leaf = grid.starting(r1).find((g) => g.col === group.col + group.colSpan)!;
    // The group label becomes the row label, over both label columns.
    setRowSpan(group.el, 1);
    group.el.setAttribute('colspan', String(group.colSpan + leaf.colSpan));
    leaf.el.remove();
    t3ValueCells(grid, r1).forEach((g, i) => (sums[i] === null ? clearCell(g.el) : setCellText(g.el, printed(sums[i]!))));
    adjustSpansAcross(grid, r1, -2, new Set([group]));
    grid.rows[r2]!.remove();
    grid.rows[r3]!.remove();
    adjustTruth(truth, sums, '只有一行');
    return true;
  },
});

export const otherRowspanValue = htmlTransform({
  id: 't3-other-rowspan-value',
  description: 'table 三 （六） keeps its three sub-row labels but each column has one value cell spanning them',
  edit(doc, truth) {
    const b = locate(doc, truth);
    if (!b) return false;
    const { grid, rows: [r1, r2, r3], sums } = b;
    t3ValueCells(grid, r1).forEach((g, i) => {
      setRowSpan(g.el, 3);
      if (sums[i] === null) clearCell(g.el);
      else setCellText(g.el, printed(sums[i]!));
    });
    for (const r of [r2, r3]) for (const g of t3ValueCells(grid, r)) g.el.remove();
    adjustTruth(truth, sums, '三个子项共用一个合并单元格');
    // Which sub-row the merged value belongs to is not printed: leaving it unread is fair.
    truth.ambiguous(
      T3_COLUMNS.map((c) => `applications:results.other.other.${c}`),
      'one merged value for the three （六） sub-rows: the document does not say which sub-row it counts',
    );
    return true;
  },
});
