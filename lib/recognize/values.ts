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
  if (exact && positions && positions.length === n) {
    const cells = positions.map((p) => cellAt(values, p));
    // A printed value outside the header's columns, or a header column this row has no cell
    // under while it has as many value cells as columns: the row is shifted (a group label's
    // rowspan off by one pushes the rest of its row sideways), so its own shape decides.
    const strays = values.some((v) => filled(v) && !cells.includes(v));
    const shifted = values.length === n && new Set(cells.filter(Boolean)).size < n;
    if (!strays && !shifted) return { kind: 'cells', cells };
  }
  const printed = values.filter(filled);
  if (values.length === n) return { kind: 'cells', cells: values };
  if (printed.length === n) return { kind: 'cells', cells: printed };
  if (exact && values.length > n) return { kind: 'cells', cells: values.slice(-n) };
  if (printed.length === 0) return { kind: 'cells', cells: Array.from({ length: n }, () => null) };
  if (printed.length === 1 && n > 1) return { kind: 'lone', cell: printed[0]! };
  return { kind: 'unsure', cells: printed };
}
