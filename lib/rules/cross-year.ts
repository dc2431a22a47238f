// Reading the cells a cross-year identity needs from both years' figures. A cell the reader was
// unsure of (or a table read poorly) in either year makes the check a question for the reader;
// a blank, placeholder, invalid or absent cell makes it skip (cell-blank and the like report it).

import type { ReportFigures } from '../model/figures';
import type { TableId } from '../standard/tables';
import { doubtfulTables } from './confidence';
import { usableNumber } from './cells';
import type { YearPair } from './types';

export type Unsure = 'current' | 'previous' | 'both';

export type PairReading =
  | { kind: 'values'; current: number[]; previous: number[] }
  | { kind: 'unsure'; which: Unsure }
  | { kind: 'skip' };

function unsureIn(figures: ReportFigures, table: TableId, keys: readonly string[]): boolean {
  return doubtfulTables(figures).has(table) || keys.some((k) => figures.tables[table].cells[k]?.status === 'uncertain');
}

function values(figures: ReportFigures, table: TableId, keys: readonly string[]): number[] | null {
  const t = figures.tables[table];
  if (!t.found) return null;
  const out: number[] = [];
  for (const k of keys) {
    const v = usableNumber(table, k, t.cells[k]);
    if (v === null) return null;
    out.push(v);
  }
  return out;
}

/** The values of `currentKeys` this year and `previousKeys` last year, all in `table`. */
export function readPair(pair: YearPair, table: TableId, currentKeys: readonly string[], previousKeys: readonly string[]): PairReading {
  const { current, previous } = pair;
  if (!current.tables[table].found || !previous.tables[table].found) return { kind: 'skip' };
  const a = unsureIn(current, table, currentKeys);
  const b = unsureIn(previous, table, previousKeys);
  if (a || b) return { kind: 'unsure', which: a && b ? 'both' : a ? 'current' : 'previous' };
  const cur = values(current, table, currentKeys);
  const prev = values(previous, table, previousKeys);
  return cur && prev ? { kind: 'values', current: cur, previous: prev } : { kind: 'skip' };
}

/** The message keys of the question a cross-year rule asks when it cannot tell. */
export const UNSURE_MESSAGE: Record<Unsure, string> = { current: 'unsure-current', previous: 'unsure-previous', both: 'unsure-both' };
