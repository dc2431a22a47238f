// Localising a mistyped cell (spec §5.4 "Dependencies"): one wrong cell (r, c) breaks the row check
// of r and a column check of c by the same amount. Where a failing row and a failing column meet
// in exactly one such cell, both findings name it as the suspect. Findings are kept as they are.

import { cellRef } from '../standard/tables';
import type { RawFinding } from './types';

export interface Checked {
  rule: string;
  raw: RawFinding;
}

const COLUMN_RULES = new Set(['t3-balance', 't3-results-total']);

const keyOf = (ref: string): string => ref.slice(ref.indexOf(':') + 1);
const splitKey = (key: string) => ({ row: key.slice(0, key.lastIndexOf('.')), col: key.slice(key.lastIndexOf('.') + 1) });
const diff = (f: RawFinding): number | null =>
  f.expected === undefined || f.actual === undefined ? null : Math.abs(f.expected - f.actual);

export function localiseSuspects(findings: Checked[]): void {
  const rows = findings.filter((f) => f.rule === 't3-row-total');
  // One mistyped cell breaks one row (two cells, two rows). More failing rows point at a column
  // filled wrong throughout (a 总计 column left at 0), where no single cell is to blame.
  if (rows.length > 2) return;
  const cols = findings.filter((f) => COLUMN_RULES.has(f.rule));
  const candidates = new Map<RawFinding, Set<string>>();
  const note = (f: RawFinding, cell: string) => {
    if (!candidates.has(f)) candidates.set(f, new Set());
    candidates.get(f)!.add(cell);
  };
  for (const r of rows) {
    const row = splitKey(keyOf(r.raw.cells[0]!)).row;
    for (const c of cols) {
      const d = diff(r.raw);
      if (d === null || d === 0 || d !== diff(c.raw)) continue;
      const col = splitKey(keyOf(c.raw.cells[0]!)).col;
      const cell = cellRef('applications', `${row}.${col}`);
      if (!c.raw.cells.includes(cell)) continue;
      note(r.raw, cell);
      note(c.raw, cell);
    }
  }
  for (const [f, cells] of candidates) {
    if (cells.size !== 1) continue;
    f.suspect = [...cells][0]!;
  }
}
