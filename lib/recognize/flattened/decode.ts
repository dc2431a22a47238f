// From walked rows to cell readings: split each row's digits, solve the rows jointly, and say
// which cells stay uncertain and why.

import type { Doubt } from '../../model/doubt';
import type { CellReading, LabelDeviation } from '../../model/report';
import type { TableId } from '../../standard/tables';
import { normalizeLabel, stripNumbering } from '../../standard/normalize';
import { solve, type Hint, type RunInput, type SumRule } from './solve';
import { digitCount, splitRun } from './split';
import { sourceSlice, type NormText, type NumToken } from './text';
import type { RowHit, RowSpec } from './walk';

export interface TableRow extends RowSpec {
  /** The row key (null for table 四's one run of fifteen cells). */
  key: string | null;
  /** The official label, for label deviations. */
  official: string;
  /** The run's own identities, checked on each partial reading (a prune for the splitter). */
  identity?: (partial: readonly number[]) => boolean;
  /** A single cell that may hold a decimal. */
  decimal?: boolean;
}

export interface DecodeInput {
  table: TableId;
  rows: readonly TableRow[];
  hits: readonly RowHit[];
  rules: readonly SumRule[];
  hints: readonly Hint[];
}

export interface Decoded {
  cells: Record<string, CellReading>;
  labels: LabelDeviation[];
  doubts: Doubt[];
  usedHints: Set<number>;
}

const cell = (status: CellReading['status'], value: number | null = null, raw: string | null = null): CellReading => ({
  value,
  status,
  raw,
});

export function decodeRows(nt: NormText, input: DecodeInput): Decoded {
  const { table, rows, hits } = input;
  const out: Decoded = { cells: {}, labels: [], doubts: [], usedHints: new Set() };
  const runs: RunInput[] = [];
  rows.forEach((row, i) => {
    const hit = hits[i]!;
    // Rows not printed stay absent: recognition decides whether the publisher left them out.
    if (hit.state === 'missing') {
      for (const c of row.cells) out.cells[c] = cell('absent');
      return;
    }
    labelDeviation(nt, row, hit, out.labels);
    if (hit.state === 'empty') {
      for (const c of row.cells) out.cells[c] = cell(hit.placeholder ? 'placeholder' : 'blank');
      return;
    }
    for (const c of row.cells) out.cells[c] = cell('uncertain');
    const at = { table, row: row.key };
    if (row.cells.length === 1) return readSingle(row, hit.num, at, out);
    const candidates = candidatesOf(row, hit.num, at, out.doubts);
    if (candidates) runs.push({ id: String(i), cells: row.cells, candidates });
  });

  const solution = solve(runs, input.rules, input.hints);
  out.usedHints = solution.usedHints;
  if (solution.unjoined) out.doubts.push({ code: solution.unjoined === 'conflict' ? 'joint-conflict' : 'joint-too-many', table });
  for (const run of runs) {
    const row = rows[Number(run.id)]!;
    const unsure: string[] = [];
    for (const c of row.cells) {
      const v = solution.values.get(c);
      if (v === undefined) unsure.push(c);
      else out.cells[c] = cell('number', v, String(v));
    }
    if (unsure.length) {
      const readings = solution.readings.get(run.id) ?? [];
      const digits = runDigits(hits[Number(run.id)]!);
      out.doubts.push({ code: 'digits-ambiguous', table, row: row.key, digits, readings, cells: unsure });
    }
  }
  return out;
}

const runDigits = (hit: RowHit): string => (hit.state === 'values' ? hit.num.pieces.join(' ') : '');

/** Where a doubt about a row's digits is. */
type At = { table: TableId; row: string | null };

function readSingle(row: TableRow, num: NumToken, at: At, out: Decoded): void {
  const key = row.cells[0]!;
  const raw = num.pieces.join(' ');
  if (num.pieces.length > 1) {
    out.doubts.push({ code: 'digits-pieces', ...at, digits: raw });
    return;
  }
  const ok = row.decimal ? /^\d+(?:\.\d+)?$/ : /^\d+$/;
  out.cells[key] = ok.test(raw) ? cell('number', Number(raw), raw) : cell('invalid', null, raw);
}

/** Readings of a multi-cell row that pass its identity; null (with a doubt) when there are none to offer. */
function candidatesOf(row: TableRow, num: NumToken, at: At, doubts: Doubt[]): number[][] | null {
  const shown = num.pieces.join(' ');
  const count = row.cells.length;
  if (num.text.includes('.')) {
    doubts.push({ code: 'digits-decimal', ...at, digits: shown });
    return null;
  }
  const digits = digitCount(num.pieces);
  if (digits < count) {
    doubts.push({ code: 'digits-too-few', ...at, digits: num.text, count });
    return null;
  }
  // One digit or one whitespace-separated piece per cell: the reading is forced, even when
  // the publisher's sums are wrong.
  if (digits === count) return [[...num.text].map(Number)];
  if (num.pieces.length === count) return [num.pieces.map(Number)];
  const found = splitRun(num.pieces, count, row.identity);
  if (found === null) doubts.push({ code: 'digits-too-many', ...at, digits: shown });
  else if (found.length === 0) doubts.push({ code: 'digits-no-split', ...at, digits: shown, count });
  return found && found.length ? found : null;
}

function labelDeviation(nt: NormText, row: TableRow, hit: Exclude<RowHit, { state: 'missing' }>, labels: LabelDeviation[]): void {
  // A group label printed as a single row names the group, not this row.
  if (hit.state === 'values' && hit.single) return;
  const printed = nt.text.slice(hit.label.start, hit.label.end);
  if (stripNumbering(printed) === stripNumbering(normalizeLabel(row.official))) return;
  labels.push({ printed: sourceSlice(nt, hit.label.start, hit.label.end), expected: row.official, cells: row.cells });
}
