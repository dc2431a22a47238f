// Rows of a table grid as label/value runs. A run is a label cell followed by the value cells to
// its right, up to the next label; consecutive labels before any value are group labels. This
// reads merged crawl-text rows ("信息内容 本年制发件数 … 规章 0 0 0") and span-resolved HTML
// rows with one model.

import { type GridCell, type TableBlock } from '../model/document';
import { isValueLike } from './cell-value';

export interface RowView {
  block: TableBlock;
  /** Row index within the block. */
  row: number;
  /** Cells whose top-left is on this row, left to right. */
  cells: GridCell[];
}

export interface Run {
  row: RowView;
  /** Label cells before the run's own label on this row (group labels, header words). */
  groups: GridCell[];
  label: GridCell | null;
  /** Value-like and empty cells after the label. */
  values: GridCell[];
}

export const isLabelCell = (c: GridCell): boolean => c.text.trim() !== '' && !isValueLike(c.text);

export function rowViews(block: TableBlock): RowView[] {
  const rows: RowView[] = Array.from({ length: block.rowCount }, (_, row) => ({ block, row, cells: [] }));
  for (const c of block.cells) rows[c.row]?.cells.push(c);
  for (const r of rows) r.cells.sort((a, b) => a.col - b.col);
  return rows;
}

export function splitRuns(row: RowView): Run[] {
  const runs: Run[] = [];
  let cur: Run = { row, groups: [], label: null, values: [] };
  const hasValue = (r: Run) => r.values.some((v) => v.text.trim() !== '');
  for (const cell of row.cells) {
    if (!isLabelCell(cell)) {
      cur.values.push(cell);
      continue;
    }
    if (hasValue(cur)) {
      runs.push(cur);
      cur = { row, groups: [], label: cell, values: [] };
    } else {
      if (cur.label) cur.groups.push(cur.label);
      cur.label = cell;
      cur.values = [];
    }
  }
  if (cur.label || cur.values.length) runs.push(cur);
  return runs;
}

/** Every label cell of a row, in order. */
export const rowLabels = (row: RowView): GridCell[] => row.cells.filter(isLabelCell);
