// Table 四 (行政复议、行政诉讼): three groups of five columns over one data row (spec §6).

import type { GridCell, TableBlock } from '../../model/document';
import type { RecognizedTable } from '../../model/report';
import { REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_HEADER_LABELS } from '../../standard/tables';
import { normalizeLabel } from '../../standard/normalize';
import { readCell, uncertainCell } from '../cell-value';
import { matchLabel } from '../label-match';
import { isLabelCell, splitRuns, type RowView } from '../rows';
import { pickValues } from '../values';
import { addDeviation, addGrid, newTable } from './table-state';

/** Cell keys in the order of the 15 value columns. */
const KEYS = REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `${g.key}.${c.key}`));

interface Header {
  groups: { key: string; cell: GridCell; exact: boolean }[];
  columns: { cell: GridCell; key: string; exact: boolean }[];
}

function readHeader(rows: RowView[]): Header {
  const h: Header = { groups: [], columns: [] };
  for (const row of rows) {
    for (const cell of row.cells.filter(isLabelCell)) {
      const g = matchLabel(cell.text, REVIEW_GROUPS);
      if (g) h.groups.push({ key: g.def.key, cell, exact: g.exact });
      else if (REVIEW_HEADER_LABELS.some((l) => normalizeLabel(cell.text) === l)) continue;
      else {
        const c = matchLabel(cell.text, REVIEW_COLUMNS);
        if (c) h.columns.push({ cell, key: c.def.key, exact: c.exact });
      }
    }
  }
  return h;
}

const isHeaderRow = (row: RowView) =>
  row.cells.some((c) => isLabelCell(c) && (matchLabel(c.text, REVIEW_GROUPS) || matchLabel(c.text, REVIEW_COLUMNS) || REVIEW_HEADER_LABELS.some((l) => normalizeLabel(c.text) === l)));

/**
 * Which of the 15 cell keys each header column label heads: by the column ranges of the group
 * cells in an exact grid, else by reading order (5 + 5 + 5).
 */
function assignColumns(h: Header, exact: boolean): { key: string; cell: GridCell; exact: boolean; printedKey: string }[] | null {
  if (h.columns.length !== 15) return null;
  const byCol = exact && h.groups.length === 3;
  const ordered = [...h.columns].sort((a, b) => (byCol ? 0 : a.cell.row - b.cell.row) || a.cell.col - b.cell.col);
  return ordered.map((c, i) => ({ key: KEYS[i]!, cell: c.cell, exact: c.exact, printedKey: c.key }));
}

export function readReviews(rows: RowView[]): RecognizedTable {
  const t = newTable('reviews');
  for (const row of rows) addGrid(t, row.block);
  if (readTransposed(t, rows)) return t;
  const headerRows = rows.filter(isHeaderRow);
  const h = readHeader(headerRows);
  t.found = h.groups.length >= 2 || h.columns.length >= 5;
  if (!t.found) return t;

  const lastHeader = headerRows.at(-1)!;
  // The values' row: the first after the header that prints a value (a blank spacer row is not it).
  const below = rows.slice(rows.indexOf(lastHeader) + 1);
  const dataRow = below.find((r) => r.cells.some((c) => c.text.trim() !== '' && !isLabelCell(c))) ?? below.find((r) => r.cells.length > 0) ?? null;
  const exact = dataRow?.block.exact ?? false;
  const columns = assignColumns(h, exact && dataRow?.block === lastHeader.block);

  for (const g of h.groups.filter((g) => !g.exact)) {
    const expected = REVIEW_GROUPS.find((d) => d.key === g.key)!.label;
    addDeviation(t, { printed: g.cell.text, expected, cells: REVIEW_COLUMNS.map((c) => `${g.key}.${c.key}`) });
  }
  for (const col of columns ?? []) {
    const [, colKey] = col.key.split('.');
    if (!col.exact || col.printedKey !== colKey) {
      const expected = REVIEW_COLUMNS.find((c) => c.key === colKey)!.label;
      addDeviation(t, { printed: col.cell.text, expected, cells: [col.key] });
    }
  }

  if (!dataRow) {
    for (const key of KEYS) t.cells[key] = uncertainCell();
    t.doubts.push({ code: 'no-values-row', table: 'reviews' });
    return t;
  }
  const values = dataRow.cells.filter((c) => !isLabelCell(c));
  const positions = columns && dataRow.block === lastHeader.block ? columnPositions(columns, dataRow.block) : undefined;
  const pick = pickValues(values, 15, exact, positions);
  if (pick.kind !== 'cells') {
    for (const key of KEYS) t.cells[key] = uncertainCell();
    t.doubts.push({ code: 'values-unaligned', table: 'reviews' });
    return t;
  }
  KEYS.forEach((key, i) => {
    const cell = pick.cells[i] ?? null;
    t.cells[key] = readCell(cell?.text ?? '', { source: cell ?? undefined });
  });
  return t;
}

/**
 * Table 四 printed the other way round: one row per group (行政复议 / 未经复议直接起诉 / 复议后起诉)
 * with the five result columns as the header. Read when at least two group rows print values.
 */
function readTransposed(t: RecognizedTable, rows: RowView[]): boolean {
  const groupRuns = rows.flatMap((row) =>
    splitRuns(row).flatMap((run) => {
      const g = run.label && run.values.length > 0 ? matchLabel(run.label.text, REVIEW_GROUPS) : null;
      return g ? [{ run, g }] : [];
    }),
  );
  const printing = groupRuns.filter((x) => x.run.values.some((v) => v.text.trim()));
  if (new Set(printing.map((x) => x.g.def.key)).size < 2) return false;
  t.found = true;
  const header = new Map<string, GridCell>();
  for (const row of rows) {
    for (const cell of row.cells.filter(isLabelCell)) {
      const c = matchLabel(cell.text, REVIEW_COLUMNS);
      if (c && !header.has(c.def.key)) header.set(c.def.key, cell);
      if (c && !c.exact) addDeviation(t, { printed: cell.text, expected: c.def.label, cells: REVIEW_GROUPS.map((g) => `${g.key}.${c.def.key}`) });
    }
  }
  const positions = REVIEW_COLUMNS.every((c) => header.has(c.key)) ? REVIEW_COLUMNS.map((c) => header.get(c.key)!.col) : undefined;
  for (const { run, g } of groupRuns) {
    if (!g.exact) addDeviation(t, { printed: run.label!.text, expected: g.def.label, cells: REVIEW_COLUMNS.map((c) => `${g.def.key}.${c.key}`) });
    const sameBlock = positions && [...header.values()].every((h) => h.ref === undefined || run.row.block.cells.includes(h));
    const pick = pickValues(run.values, REVIEW_COLUMNS.length, run.row.block.exact, sameBlock ? positions : undefined, run.label);
    REVIEW_COLUMNS.forEach((c, i) => {
      const key = `${g.def.key}.${c.key}`;
      if (pick.kind !== 'cells') t.cells[key] = uncertainCell();
      else t.cells[key] = readCell(pick.cells[i]?.text ?? '', { source: pick.cells[i] ?? undefined });
    });
    if (pick.kind !== 'cells') t.doubts.push({ code: 'row-unaligned', table: 'reviews', row: g.def.key });
  }
  for (const g of REVIEW_GROUPS) {
    if (groupRuns.some((x) => x.g.def.key === g.key)) continue;
    for (const c of REVIEW_COLUMNS) t.cells[`${g.key}.${c.key}`] = uncertainCell();
    t.doubts.push({ code: 'group-row-missing', table: 'reviews', row: g.key });
  }
  return true;
}

function columnPositions(columns: { key: string; cell: GridCell }[], block: TableBlock): number[] | undefined {
  if (!block.exact) return undefined;
  const pos = new Map(columns.map((c) => [c.key, c.cell.col]));
  return KEYS.every((k) => pos.has(k)) ? KEYS.map((k) => pos.get(k)!) : undefined;
}
