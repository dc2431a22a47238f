// Expected tables written compactly: table 三 as 25 rows of seven values, null for a cell that
// must stay uncertain.

import { expect } from 'vitest';
import type { FlattenedTable } from '../../lib/recognize/flattened';
import { ACTIVE_BLOCKS, APPLICANT_COLUMNS, APPLICATION_ROWS, CELL_KEYS, type TableId } from '../../lib/standard/tables';

export type V = number | null;

export interface ActiveExpect {
  regulations: [V, V, V];
  normative: [V, V, V];
  licensing: V;
  penalty: V;
  coercion: V;
  fees: V;
}

export function activeCells(e: ActiveExpect): Record<string, V> {
  const rows: Record<string, V[]> = {
    regulations: e.regulations,
    normative: e.normative,
    licensing: [e.licensing],
    penalty: [e.penalty],
    coercion: [e.coercion],
    fees: [e.fees],
  };
  const out: Record<string, V> = {};
  for (const b of ACTIVE_BLOCKS) for (const r of b.rows) b.columns.forEach((c, i) => (out[`${r.key}.${c.key}`] = rows[r.key]![i]!));
  return out;
}

/** 25 rows in APPLICATION_ROWS order, each natural…other, total. */
export function applicationCells(rows: V[][]): Record<string, V> {
  expect(rows).toHaveLength(APPLICATION_ROWS.length);
  const out: Record<string, V> = {};
  APPLICATION_ROWS.forEach((r, i) => {
    expect(rows[i]).toHaveLength(7);
    APPLICANT_COLUMNS.forEach((c, j) => (out[`${r.key}.${c.key}`] = rows[i]![j]!));
  });
  return out;
}

/** 15 values: 行政复议, 未经复议直接起诉, 复议后起诉 (维持, 纠正, 其他, 尚未审结, 总计 each). */
export function reviewCells(values: V[]): Record<string, V> {
  expect(values).toHaveLength(15);
  return Object.fromEntries(CELL_KEYS.reviews.map((k, i) => [k, values[i]!]));
}

/** Every cell of the table: a number as printed, or uncertain and null. */
export function expectCells(table: FlattenedTable | undefined, id: TableId, expected: Record<string, V>): void {
  expect(table, id).toBeDefined();
  const keys = CELL_KEYS[id];
  expect(Object.keys(expected).sort()).toEqual([...keys].sort());
  expect(Object.keys(table!.cells).sort()).toEqual([...keys].sort());
  for (const k of keys) {
    const got = table!.cells[k]!;
    const want = expected[k]!;
    if (want === null) expect({ k, status: got.status, value: got.value }).toEqual({ k, status: 'uncertain', value: null });
    else expect({ k, status: got.status, value: got.value }).toEqual({ k, status: 'number', value: want });
  }
}
