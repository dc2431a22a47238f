// Cell access shared by the rules: refs and the one test of "a usable number".

import type { ReportFigures } from '../model/figures';
import type { CellReading, RecognizedReport, RecognizedTable } from '../model/report';
import { CELL_KEYS, DECIMAL_CELLS, TABLE_IDS, cellRef, type TableId } from '../standard/tables';

export { cellRef, CELL_KEYS, TABLE_IDS, type TableId };

/**
 * A number the arithmetic may use: status 'number', finite, non-negative, and an integer except in
 * the fee cell. Anything else (blank, placeholder, invalid, absent, uncertain) makes a check skip.
 */
export function usableNumber(table: TableId, key: string, c: Pick<CellReading, 'value' | 'status'> | undefined): number | null {
  if (!c || c.status !== 'number' || c.value === null || !Number.isFinite(c.value) || c.value < 0) return null;
  if (!Number.isInteger(c.value) && !DECIMAL_CELLS.has(cellRef(table, key))) return null;
  return c.value;
}

/** A cell printed as a number that the format does not allow (negative, or a decimal outside 万元). */
export function isBadNumber(table: TableId, key: string, c: CellReading): boolean {
  return c.status === 'number' && usableNumber(table, key, c) === null;
}

/** Values of the given keys, or null when any one of them is not a usable number. */
export function numbers(report: Pick<RecognizedReport, 'tables'> | ReportFigures, table: TableId, keys: readonly string[]): number[] | null {
  const t = report.tables[table];
  if (!t.found) return null;
  const out: number[] = [];
  for (const key of keys) {
    const v = usableNumber(table, key, t.cells[key]);
    if (v === null) return null;
    out.push(v);
  }
  return out;
}

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Found, and not one cell holds a number (table-empty; cell-blank leaves such a table to it). */
export function isEmptyTable(t: RecognizedTable): boolean {
  return t.found && !Object.values(t.cells).some((c) => c.status === 'number');
}

/** The 2019 layout of table 二 has no 2021 cells: rules leave table 二 alone then (spec §2.3). */
export function skipsTable(report: RecognizedReport, table: TableId): boolean {
  return table === 'active' && report.format === '2019';
}
