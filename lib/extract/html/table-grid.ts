// An HTML <table> → TableBlock: the table's own rows (not those of nested tables) placed on a
// dense grid with rowspan/colspan resolved the way browsers render them.

import type { GridCell, TableBlock } from '../../model/document';
import { isHidden, tagOf } from './dom';
import { regionText } from './text';

/** Report tables have at most 15 grid columns; wider grids are cut here. */
const MAX_GRID_COLS = 200;

export interface TableRead {
  block: TableBlock | null;
  /** Cells were left out because the table exceeded the cell cap. */
  truncated: boolean;
}

/**
 * HTML "rules for parsing non-negative integers": leading digits after optional whitespace and
 * "+"; anything else → null.
 */
function parseSpan(value: string | null): number | null {
  if (value === null) return null;
  const m = /^[\t\n\f\r ]*\+?(\d+)/.exec(value);
  return m ? Number(m[1]) : null;
}

const isRow = (el: Element): boolean => tagOf(el) === 'tr' && !isHidden(el);
const isCell = (el: Element): boolean => {
  const tag = tagOf(el);
  return (tag === 'td' || tag === 'th') && !isHidden(el);
};

/**
 * The table's row groups in rendering order: the first <thead> on top, the first <tfoot> at the
 * bottom, the rest (tbody, extra thead/tfoot, bare tr runs) in document order. Spans never
 * cross a row group.
 */
export function rowGroups(table: Element): Element[][] {
  let head: Element[] | null = null;
  let foot: Element[] | null = null;
  const middle: Element[][] = [];
  let loose: Element[] | null = null;
  for (const child of Array.from(table.children)) {
    const tag = tagOf(child);
    if (tag === 'tr') {
      if (!isRow(child)) continue;
      if (!loose) middle.push((loose = []));
      loose.push(child);
      continue;
    }
    loose = null;
    if (tag !== 'thead' && tag !== 'tbody' && tag !== 'tfoot') continue;
    if (isHidden(child)) continue;
    const rows = Array.from(child.children).filter(isRow);
    if (tag === 'thead' && !head) head = rows;
    else if (tag === 'tfoot' && !foot) foot = rows;
    else middle.push(rows);
  }
  return [...(head ? [head] : []), ...middle, ...(foot ? [foot] : [])];
}

/** Read a table's grid, stopping once `maxCells` real cells (or as many rows) are placed. */
export function readTable(table: Element, maxCells: number): TableRead {
  const cells: GridCell[] = [];
  /** busyUntil[c]: first row index at which column c is free of rowspans from above. */
  const busyUntil: number[] = [];
  let colCount = 0;
  let row = 0;
  let truncated = false;

  groups: for (const group of rowGroups(table)) {
    const groupEnd = row + group.length;
    for (const tr of group) {
      if (row >= maxCells) {
        truncated = true;
        break groups;
      }
      let col = 0;
      for (const td of Array.from(tr.children)) {
        if (!isCell(td)) continue;
        if (cells.length >= maxCells) {
          truncated = true;
          row++; // the row read in part
          break groups;
        }
        while ((busyUntil[col] ?? 0) > row) col++;
        if (col >= MAX_GRID_COLS) {
          truncated = true;
          break;
        }
        const colSpanAttr = parseSpan(td.getAttribute('colspan'));
        const colSpan = Math.min(colSpanAttr && colSpanAttr > 0 ? colSpanAttr : 1, MAX_GRID_COLS - col);
        const rowSpanAttr = parseSpan(td.getAttribute('rowspan'));
        // rowspan="0" reaches the end of the row group; any rowspan stops there.
        const rowSpan = rowSpanAttr === 0 ? groupEnd - row : Math.min(rowSpanAttr ?? 1, groupEnd - row);
        for (let k = col; k < col + colSpan; k++) busyUntil[k] = row + rowSpan;
        const cell: GridCell = { text: regionText(td), row, col, rowSpan, colSpan, ref: { kind: 'dom', element: td } };
        if (tagOf(td) === 'th') cell.header = true;
        cells.push(cell);
        col += colSpan;
        colCount = Math.max(colCount, col);
      }
      row++;
    }
  }

  if (cells.length === 0) return { block: null, truncated };
  // Trailing rows without cells are invisible.
  let rowCount = 0;
  for (const c of cells) {
    c.rowSpan = Math.max(1, Math.min(c.rowSpan, row - c.row));
    rowCount = Math.max(rowCount, c.row + c.rowSpan);
  }
  return {
    block: { kind: 'table', cells, rowCount, colCount, exact: true, ref: { kind: 'dom', element: table } },
    truncated,
  };
}
