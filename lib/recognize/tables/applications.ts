// Table 三 (收到和处理政府信息公开申请情况): rows by their leaf label, columns by the header
// labels where the grid is exact, right-anchored where it is not (spec §5, §10.2).

import type { GridCell, TableBlock } from '../../model/document';
import type { RecognizedTable } from '../../model/report';
import { normalizeLabel, stripNumbering } from '../../standard/normalize';
import {
  APPLICANT_COLUMNS,
  APPLICATION_GROUPS,
  APPLICATION_HEADER_LABELS,
  APPLICATION_ROWS,
  type RowDef,
} from '../../standard/tables';
import { absentCell, readCell, uncertainCell } from '../cell-value';
import { hasNumbering, matchLabel } from '../label-match';
import { rowLabels, splitRuns, type RowView, type Run } from '../rows';
import { pickValues, type Pick } from '../values';
import { addDeviation, addGrid, labelsTrusted, newTable, settleMissingRows } from './table-state';

const COLS = APPLICANT_COLUMNS.map((c) => c.key);
const OTHER_GROUP = APPLICATION_GROUPS.find((g) => g.key === 'results.other')!;

function isHeaderRow(row: RowView): boolean {
  const labels = rowLabels(row);
  let columns = 0;
  for (const cell of labels) {
    const n = stripNumbering(cell.text);
    if (/勾稽关系/.test(n) || APPLICATION_HEADER_LABELS.some((h) => n === h)) return true;
    if (!hasNumbering(cell.text) && matchLabel(cell.text, APPLICANT_COLUMNS)) columns++;
  }
  return columns >= 2;
}

/** Header column positions of one block: key → grid column. */
function headerPositions(headers: RowView[], t: RecognizedTable): Map<TableBlock, number[]> {
  const found = new Map<TableBlock, Map<string, number>>();
  for (const row of headers) {
    for (const cell of rowLabels(row)) {
      const m = matchLabel(cell.text, APPLICANT_COLUMNS);
      if (!m) continue;
      const pos = found.get(row.block) ?? new Map<string, number>();
      if (!pos.has(m.def.key)) pos.set(m.def.key, cell.col);
      found.set(row.block, pos);
      // Without ruling lines a label may hold pieces of its neighbours: no deviation claimed.
      if (!m.exact && labelsTrusted(row.block)) {
        addDeviation(t, {
          printed: cell.text,
          expected: m.def.label,
          cells: APPLICATION_ROWS.map((r) => `${r.key}.${m.def.key}`),
        });
      }
    }
  }
  const out = new Map<TableBlock, number[]>();
  for (const [block, pos] of found) {
    if (COLS.every((k) => pos.has(k))) out.set(block, COLS.map((k) => pos.get(k)!));
  }
  return out;
}

function matchRow(run: Run): { def: RowDef; exact: boolean } | null {
  if (!run.label) return null;
  const text = run.label.text;
  // Unnumbered 其他 / 总计 only name rows outside the header; header rows are skipped before this.
  const m = matchLabel(text, APPLICATION_ROWS);
  if (m) return m;
  // Group and leaf printed in one cell: "（三）不予公开 1.属于国家秘密", "三、本年度办理结果（一）予以公开".
  const parts = normalizeLabel(text).split(/(?=\d{1,2}\.(?!\d))|(?=\([一二三四五六七八九十]\))/);
  return parts.length > 1 ? matchLabel(parts.at(-1)!, APPLICATION_ROWS) : null;
}

const leafNumber = (label: string): number | null => {
  const m = /^(\d{1,2})\./.exec(normalizeLabel(label));
  return m ? Number(m[1]) : null;
};

/**
 * A leaf whose wording is too far off to match (2.其他法律行政止公开) is still identified by its
 * number inside the group of the leaf before it; it is then reported as a label deviation.
 */
function byNumbering(entries: { run: Run; m: { def: RowDef; exact: boolean } | null }[]): void {
  const taken = new Set(entries.flatMap((e) => (e.m ? [e.m.def.key] : [])));
  entries.forEach((e, i) => {
    if (e.m || !e.run.values.some((v) => v.text.trim())) return;
    const n = leafNumber(e.run.label!.text);
    const prev = entries.slice(0, i).reverse().find((p) => p.m)?.m?.def;
    if (n === null || !prev?.group) return;
    const def = APPLICATION_ROWS.find((r) => r.group === prev.group && leafNumber(r.label) === n);
    if (!def || taken.has(def.key)) return;
    taken.add(def.key);
    e.m = { def, exact: false };
  });
}

/** A misspelt group label (（三）不予公布) heads the cells of all its rows. */
function checkGroupLabels(t: RecognizedTable, cells: GridCell[]): void {
  for (const cell of cells) {
    if (matchLabel(cell.text, APPLICATION_ROWS)?.exact) continue;
    const g = matchLabel(cell.text, APPLICATION_GROUPS);
    if (!g || g.exact) continue;
    const rows = APPLICATION_ROWS.filter((r) => r.key.startsWith(`${g.def.key}.`));
    addDeviation(t, { printed: cell.text, expected: g.def.label, cells: rows.flatMap((r) => COLS.map((c) => `${r.key}.${c}`)) });
  }
}

interface RowRead {
  def: RowDef;
  pick: Pick;
  run: Run;
}

export function readApplications(rows: RowView[]): RecognizedTable {
  const t = newTable('applications');
  const headers = new Set(rows.filter(isHeaderRow));
  const positions = headerPositions([...headers], t);
  const reads: RowRead[] = [];
  const seen = new Set<string>();
  let singleOther: { pick: Pick; run: Run } | null = null;

  const entries: { run: Run; m: { def: RowDef; exact: boolean } | null }[] = [];
  for (const row of rows) {
    addGrid(t, row.block);
    if (headers.has(row)) continue;
    for (const run of splitRuns(row)) {
      checkGroupLabels(t, [...run.groups, ...(run.label && !run.values.some((v) => v.text.trim()) ? [run.label] : [])]);
      const m = matchRow(run);
      if (!m && run.label && stripNumbering(run.label.text) === normalizeLabel(OTHER_GROUP.core) && run.values.some((v) => v.text.trim())) {
        singleOther = { pick: pickValues(run.values, 7, row.block.exact, positions.get(row.block), run.label), run };
        continue;
      }
      if (run.label) entries.push({ run, m });
    }
  }
  byNumbering(entries);
  for (const { run, m } of entries) {
    if (!m || seen.has(m.def.key)) continue;
    seen.add(m.def.key);
    reads.push({ def: m.def, pick: pickValues(run.values, 7, run.row.block.exact, positions.get(run.row.block), run.label), run });
    if (!m.exact && labelsTrusted(run.row.block)) {
      addDeviation(t, { printed: run.label!.text, expected: m.def.label, cells: COLS.map((c) => `${m.def.key}.${c}`) });
    }
  }

  t.found = reads.length >= 5;
  if (!t.found) return t;

  // A lone printed number sits in 总计 only when the whole table is filled that way (003).
  const onlyTotals = reads.every(
    (r) => r.pick.kind === 'lone' || (r.pick.kind === 'cells' && r.pick.cells.slice(0, 6).every((c) => !c?.text.trim())),
  );
  const merged = mergedRows(reads);
  for (const r of reads) if (!merged.has(r)) applyPick(t, r.def.key, r.pick, onlyTotals);
  for (const group of new Set(merged.values())) {
    const keys = group.map((r) => r.def.key);
    if (keys.every((k) => OTHER_ROWS.includes(k))) singleOther = { pick: group[0]!.pick, run: group[0]!.run };
    else {
      // Rows sharing value cells cannot be read one by one; a PDF table whose ruling lines are
      // missing looks the same, so this is a doubt, not the publisher's layout.
      for (const k of keys) for (const c of COLS) t.cells[`${k}.${c}`] = uncertainCell();
      t.doubts.push({ code: 'rows-merged', table: 'applications', rows: keys });
    }
  }

  if (singleOther && OTHER_ROWS.every((k) => !seen.has(k) || [...merged.keys()].some((r) => r.def.key === k))) {
    // Contract: the single row's values go to results.other.other; the two other sub-rows stay absent.
    t.variants.push({ code: 'single-other-row' });
    for (const k of OTHER_ROWS) for (const c of COLS) t.cells[`${k}.${c}`] = absentCell();
    applyPick(t, 'results.other.other', singleOther.pick, onlyTotals);
  }
  settleApplicationRows(t, entries.filter((e) => !e.m && e.run.values.some((v) => v.text.trim())).length === 0);
  return t;
}

/** Rows no printed row supplied, beyond those a structure variant accounts for (see settleMissingRows). */
export function settleApplicationRows(t: RecognizedTable, clean: boolean): void {
  const settled = new Set(t.variants.some((v) => v.code === 'single-other-row') ? OTHER_ROWS : []);
  const rows = APPLICATION_ROWS.filter((r) => !settled.has(r.key)).map((r) => ({ key: r.key, label: r.label, cells: COLS.map((c) => `${r.key}.${c}`) }));
  settleMissingRows(t, rows, { clean, maxDropped: 3 });
}

const OTHER_ROWS = APPLICATION_ROWS.filter((r) => r.key.startsWith('results.other.')).map((r) => r.key);

/**
 * Data rows that share merged value cells (a value cell spanning several rows): each maps to the
 * group of rows its values stand for. Such rows cannot be read one by one.
 */
function mergedRows(reads: readonly RowRead[]): Map<RowRead, RowRead[]> {
  const out = new Map<RowRead, RowRead[]>();
  for (const r of reads) {
    const tall = r.run.values.filter((v) => v.rowSpan > 1);
    if (tall.length === 0) continue;
    const covered = (o: RowRead) =>
      o.run.row.block === r.run.row.block && tall.some((v) => o.run.row.row >= v.row && o.run.row.row < v.row + v.rowSpan);
    const group = reads.filter(covered);
    if (group.length < 2) continue;
    for (const g of group) out.set(g, group);
  }
  return out;
}

function applyPick(t: RecognizedTable, rowKey: string, pick: Pick, onlyTotals: boolean): void {
  const set = (col: string, cell: GridCell | null) => {
    t.cells[`${rowKey}.${col}`] = readCell(cell?.text ?? '', { source: cell ?? undefined });
  };
  if (pick.kind === 'cells') {
    COLS.forEach((col, i) => set(col, pick.cells[i] ?? null));
    return;
  }
  if (pick.kind === 'lone' && onlyTotals) {
    COLS.forEach((col) => set(col, col === 'total' ? pick.cell : null));
    return;
  }
  for (const col of COLS) t.cells[`${rowKey}.${col}`] = uncertainCell();
  t.doubts.push({ code: 'row-unaligned', table: 'applications', row: rowKey });
}
