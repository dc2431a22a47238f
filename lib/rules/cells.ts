// Cell access shared by the rules: refs, the one test of "a usable number", and the printed names
// of tables, rows and columns for messages.

import type { CellReading, RecognizedReport } from '../model/report';
import {
  ACTIVE_BLOCKS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  CELL_KEYS,
  DECIMAL_CELLS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  TABLE_IDS,
  cellRef,
  type TableId,
} from '../standard/tables';

export { cellRef, CELL_KEYS, TABLE_IDS, type TableId };

/** 表二 / 表三 / 表四, as reports number them. */
export const TABLE_NAME: Record<TableId, string> = { active: '表二', applications: '表三', reviews: '表四' };
export const TABLE_NAME_EN: Record<TableId, string> = { active: 'Table 2', applications: 'Table 3', reviews: 'Table 4' };

/**
 * A number the arithmetic may use: status 'number', finite, non-negative, and an integer except in
 * the fee cell. Anything else (blank, placeholder, invalid, absent, uncertain) makes a check skip.
 */
export function usableNumber(table: TableId, key: string, c: CellReading | undefined): number | null {
  if (!c || c.status !== 'number' || c.value === null || !Number.isFinite(c.value) || c.value < 0) return null;
  if (!Number.isInteger(c.value) && !DECIMAL_CELLS.has(cellRef(table, key))) return null;
  return c.value;
}

/** A cell printed as a number that the format does not allow (negative, or a decimal outside 万元). */
export function isBadNumber(table: TableId, key: string, c: CellReading): boolean {
  return c.status === 'number' && usableNumber(table, key, c) === null;
}

/** Values of the given keys, or null when any one of them is not a usable number. */
export function numbers(report: RecognizedReport, table: TableId, keys: readonly string[]): number[] | null {
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

/** The 2019 layout of table 二 has no 2021 cells: rules leave table 二 alone then (spec §2.3). */
export function skipsTable(report: RecognizedReport, table: TableId): boolean {
  return table === 'active' && report.format === '2019';
}

// ---------------------------------------------------------------- printed names

const ROW_LABEL = new Map(APPLICATION_ROWS.map((r) => [r.key, r.group ? `${r.group}${r.label}` : r.label]));
const COL_LABEL = new Map(APPLICANT_COLUMNS.map((c) => [c.key, c.label]));
const REVIEW_GROUP_LABEL = new Map(REVIEW_GROUPS.map((g) => [g.key, g.label]));
const REVIEW_COL_LABEL = new Map(REVIEW_COLUMNS.map((c) => [c.key, c.label]));

/** Split "results.withheld.secret.natural" into its row and column keys. */
export function splitKey(key: string): { row: string; col: string } {
  const i = key.lastIndexOf('.');
  return { row: key.slice(0, i), col: key.slice(i + 1) };
}

export function rowLabel(key: string): string {
  return ROW_LABEL.get(key) ?? key;
}
export function columnLabel(key: string): string {
  return COL_LABEL.get(key) ?? key;
}
export function reviewGroupLabel(key: string): string {
  return REVIEW_GROUP_LABEL.get(key) ?? key;
}

/** "规章·现行有效件数", "一、本年新收政府信息公开申请数量·商业企业", "行政复议·总计". */
export function cellLabel(table: TableId, key: string): string {
  const { row, col } = splitKey(key);
  if (table === 'applications') return `${rowLabel(row)}·${columnLabel(col)}`;
  if (table === 'reviews') return `${reviewGroupLabel(row)}·${REVIEW_COL_LABEL.get(col) ?? col}`;
  for (const b of ACTIVE_BLOCKS) {
    const r = b.rows.find((x) => x.key === row);
    const c = b.columns.find((x) => x.key === col);
    if (r && c) return `${r.label}·${c.label}`;
  }
  return key;
}
