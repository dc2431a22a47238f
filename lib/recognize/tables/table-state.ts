// A table being read: every cell key starts absent; readers fill what the document holds.

import type { CellReading, LabelDeviation, RecognizedTable } from '../../model/report';
import type { TableBlock } from '../../model/document';
import type { Doubt } from '../../model/doubt';
import { CELL_KEYS, type TableId } from '../../standard/tables';
import { absentCell, uncertainCell } from '../cell-value';

export function newTable(id: TableId): RecognizedTable {
  const cells: Record<string, CellReading> = {};
  for (const key of CELL_KEYS[id]) cells[key] = absentCell();
  return { id, found: false, cells, labels: [], variants: [], doubts: [], grids: [] };
}

export function addGrid(t: RecognizedTable, block: TableBlock): void {
  if (!t.grids.includes(block)) t.grids.push(block);
}

/**
 * Whether printed labels of a block can be held to the standard wording: not in a PDF table rebuilt
 * from text positions (no ruling lines), where a label may hold pieces of its neighbours.
 */
export function labelsTrusted(block: TableBlock): boolean {
  return block.exact || block.ref?.kind !== 'pdf';
}

export function addDeviation(t: RecognizedTable, d: LabelDeviation): void {
  const same = t.labels.find((x) => x.printed === d.printed && x.expected === d.expected);
  if (same) same.cells = [...new Set([...same.cells, ...d.cells])];
  else t.labels.push(d);
}

export interface StandardRow {
  key: string;
  label: string;
  /** Its cell keys in this table. */
  cells: readonly string[];
}

/**
 * Standard rows of a found table that no printed row supplied. When every printed row with values
 * was placed (`clean`) and only a few rows are missing, the publisher left them out: a structure
 * variant, cells absent (not blank, not uncertain). Otherwise we may have missed them: their cells
 * are uncertain, with a doubt naming the rows.
 */
export function settleMissingRows(t: RecognizedTable, rows: readonly StandardRow[], opts: { clean: boolean; maxDropped: number }): void {
  if (!t.found) return;
  const missing = rows.filter((r) => r.cells.every((k) => t.cells[k]?.status === 'absent'));
  if (missing.length === 0) return;
  if (opts.clean && missing.length <= opts.maxDropped) {
    for (const r of missing) t.variants.push({ code: 'missing-row', row: r.key });
    return;
  }
  for (const r of missing) for (const k of r.cells) t.cells[k] = uncertainCell();
  t.doubts.push({ code: 'rows-unread', table: t.id, rows: missing.map((r) => r.key) });
}

/** A found table with every cell uncertain (e.g. its grid could not be aligned). */
export function markAllUncertain(t: RecognizedTable, doubt: Doubt): void {
  for (const key of Object.keys(t.cells)) t.cells[key] = uncertainCell(t.cells[key]!.raw, t.cells[key]!.source);
  t.doubts.push(doubt);
}

/**
 * In a PDF table without ruling lines the columns are inferred from text positions, so an empty
 * slot may be a value that was not placed: such blanks are doubts, not the publisher's blanks.
 */
export function doubtInferredBlanks(t: RecognizedTable): void {
  if (!t.found || t.grids.every(labelsTrusted)) return;
  const blanks = Object.entries(t.cells).filter(([, c]) => c.status === 'blank');
  if (blanks.length === 0) return;
  for (const [key, c] of blanks) t.cells[key] = uncertainCell(c.raw, c.source);
  t.doubts.push({ code: 'inferred-columns', table: t.id });
}

/** More printed labels than this differing from the standard in one table is our misalignment, not typos. */
const MAX_TYPOS = 4;

/**
 * A table whose labels differ from the standard in many places was read out of alignment (a
 * machine extraction that shifted its header, labels run into each other): the labelled cells are
 * uncertain and one doubt says so, instead of a label-mismatch per label.
 */
export function doubtManyTypos(t: RecognizedTable): void {
  if (!t.found || t.labels.length <= MAX_TYPOS) return;
  const cells = new Set(t.labels.flatMap((d) => d.cells));
  for (const key of cells) if (t.cells[key]) t.cells[key] = uncertainCell(t.cells[key]!.raw, t.cells[key]!.source);
  t.doubts.push({ code: 'label-misalignment', table: t.id, count: t.labels.length });
  t.labels = [];
}

/** Value cells that hold words ("1（含上年结转）", a spilled label): say which, since we cannot read them. */
export function doubtWordyCells(t: RecognizedTable): void {
  if (!t.found) return;
  const wordy = Object.values(t.cells).filter((c) => c.status === 'uncertain' && c.raw && /[\u3400-\u9fff]/.test(c.raw));
  if (wordy.length === 0) return;
  t.doubts.push({ code: 'wordy-cells', table: t.id, count: wordy.length, example: wordy[0]!.raw! });
}
