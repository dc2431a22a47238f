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
 */
export function pickValues(values: GridCell[], n: number, exact: boolean, positions?: number[]): Pick {
  if (exact && positions && positions.length === n) return { kind: 'cells', cells: positions.map((p) => cellAt(values, p)) };
  const printed = values.filter(filled);
  if (values.length === n) return { kind: 'cells', cells: values };
  if (printed.length === n) return { kind: 'cells', cells: printed };
  if (exact && values.length > n) return { kind: 'cells', cells: values.slice(-n) };
  if (printed.length === 0) return { kind: 'cells', cells: Array.from({ length: n }, () => null) };
  if (printed.length === 1 && n > 1) return { kind: 'lone', cell: printed[0]! };
  return { kind: 'unsure', cells: printed };
}
