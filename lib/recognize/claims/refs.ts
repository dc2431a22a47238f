// Building readings from cell keys.

import { cellRef, RESULT_LEAVES, type TableId } from '../../standard/tables';
import type { Reading, Term } from './types';

export const plus = (table: TableId, ...keys: string[]): Term[] => keys.map((k) => ({ ref: cellRef(table, k), sign: 1 }));
export const minus = (table: TableId, ...keys: string[]): Term[] => keys.map((k) => ({ ref: cellRef(table, k), sign: -1 }));

export const app = (...keys: string[]): Reading => plus('applications', ...keys);

/** The result leaves of one group of table 三 (（三）不予公开 → results.withheld.*), in a column. */
export function leavesOf(group: string, col = 'total'): string[] {
  return RESULT_LEAVES.filter((k) => k.startsWith(`${group}.`)).map((k) => `${k}.${col}`);
}
