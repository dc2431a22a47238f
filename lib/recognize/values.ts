// Picking a row's value cells for N columns, by header positions where the grid's columns can be
// trusted and by the shape of the row where they cannot (spec §10.2: right-anchored reading).

import type { GridCell } from '../model/document';

export type Pick =
  | { kind: 'cells'; cells: (GridCell | null)[] }
  /** Only one value printed among many slots: it may belong to the total column. */
  | { kind: 'lone'; cell: GridCell }
  | { kind: 'unsure'; cells: GridCell[] };

const filled = (c: GridCell) => c.text.trim() !== '';

/** The cell covering grid column `col`, if any. */
export function cellAt(cells: GridCell[], col: number): GridCell | null {
  return cells.find((c) => c.col <= col && col < c.col + c.colSpan) ?? null;
}

/**
 * @param positions header column positions, one per wanted column, when the grid is exact and
 *   its headers were read; otherwise the row's own shape decides.
 * @param label the row's label cell, when it has one.
 */
export function pickValues(values: GridCell[], n: number, exact: boolean, positions?: number[], label?: GridCell | null): Pick {
  if (exact && positions && positions.length === n && !shifted(values, positions, label)) {
    return { kind: 'cells', cells: positions.map((p) => cellAt(values, p)) };
  }
  const printed = values.filter(filled);
  if (values.length === n) return { kind: 'cells', cells: values };
  if (printed.length === n) return { kind: 'cells', cells: printed };
  if (exact && values.length > n) return { kind: 'cells', cells: values.slice(-n) };
  if (printed.length === 0) return { kind: 'cells', cells: Array.from({ length: n }, () => null) };
  if (printed.length === 1 && n > 1) return { kind: 'lone', cell: printed[0]! };
  return { kind: 'unsure', cells: printed };
}

/**
 * A row that does not sit under its header: a group label's rowspan one too many pushes the row
 * right (its label reaches into the first value column), one too few pulls it left (value cells
 * start before the first value column and the last column has no cell). Its own shape decides.
 */
function shifted(values: GridCell[], positions: number[], label?: GridCell | null): boolean {
  const first = Math.min(...positions);
  const last = Math.max(...positions);
  if (label && label.col + label.colSpan > first) return true;
  const under = (v: GridCell) => v.col <= last && last < v.col + v.colSpan;
  if (!values.some(under) && values.some((v) => v.col < first)) return true;
  // A ruled grid (a PDF) draws an empty cell under the last column where markup has none: then a
  // figure in a label column tells.
  return !values.some((v) => under(v) && filled(v)) && values.some((v) => v.col < first && filled(v));
}
