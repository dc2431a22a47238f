// Table 二 (主动公开政府信息情况): blocks opened by a 第二十条第（N）项 caption, each with a header
// row (信息内容 + column labels) and data rows (spec §4). Also detects the 2019 layout (§2.3).

import type { RecognizedTable } from '../../model/report';
import { normalizeLabel, stripNumbering } from '../../standard/normalize';
import { ACTIVE_BLOCKS, type ActiveBlock, type LabelDef } from '../../standard/tables';
import { readCell, uncertainCell } from '../cell-value';
import { matchLabel } from '../label-match';
import { ACTIVE_2019_LABELS, ACTIVE_CAPTION } from '../classify';
import { splitRuns, type RowView, type Run } from '../rows';
import { pickValues } from '../values';
import { addDeviation, addGrid, labelsTrusted, newTable, settleMissingRows } from './table-state';

const LABELS_2019 = new Set(ACTIVE_2019_LABELS.filter((l) => l !== '规范性文件').map(normalizeLabel));

interface BlockState {
  def: ActiveBlock | null;
  /** Grid column of each value column, from the header row (exact grids). */
  positions?: number[];
  dataRuns: Run[];
}

export interface ActiveReading {
  table: RecognizedTable;
  /** 2019-layout headers were seen (本年新制作数量, 上一年项目数量 …). */
  format2019: boolean;
}

export function readActive(rows: RowView[]): ActiveReading {
  const t = newTable('active');
  let format2019 = false;
  let captions = 0;
  const blocks: BlockState[] = [];
  let cur: BlockState | null = null;

  for (const row of rows) {
    addGrid(t, row.block);
    for (const run of splitRuns(row)) {
      const labels = [...run.groups, ...(run.label ? [run.label] : [])];
      const caption = labels.map((c) => normalizeLabel(c.text).match(ACTIVE_CAPTION)).find(Boolean);
      if (caption) {
        captions++;
        cur = { def: ACTIVE_BLOCKS.find((b) => b.item === caption[1]) ?? null, dataRuns: [] };
        blocks.push(cur);
        if (caption[1] === '九') format2019 = true;
        continue;
      }
      if (labels.some((c) => LABELS_2019.has(normalizeLabel(c.text)))) format2019 = true;
      // Rows name their block too: a caption lost to extraction does not lose the block's rows.
      const names = (b: ActiveBlock | null | undefined) => !!run.label && !!b?.rows.some((r) => matchLabel(run.label!.text, [r])?.exact);
      const owner: ActiveBlock | undefined = names(cur?.def) ? undefined : ACTIVE_BLOCKS.find((b) => names(b));
      if (owner && run.values.some((v) => v.text.trim())) {
        cur = { def: owner, dataRuns: [] };
        blocks.push(cur);
      }
      const infoAt = labels.findIndex((c) => stripNumbering(c.text) === '信息内容');
      // A header row names its block by its columns when no caption did (or a caption was lost).
      const headed: ActiveBlock | null = infoAt >= 0 ? headerBlock(labels.slice(infoAt + 1), cur?.def ?? null) : null;
      if (headed) {
        cur = { def: headed, dataRuns: [] };
        blocks.push(cur);
      }
      if (!cur?.def) continue;
      if (infoAt >= 0) {
        readHeader(t, cur, labels.slice(infoAt + 1, infoAt + 1 + cur.def.columns.length), row.block.exact, labelsTrusted(row.block));
        // A crawl-text row may carry the header and the first data row together.
        if (run.label && infoAt < labels.length - 1 - cur.def.columns.length) cur.dataRuns.push(run);
        continue;
      }
      if (run.label) cur.dataRuns.push(run);
    }
  }

  const leftovers = blocks.reduce((n, b) => n + (b.def ? readBlock(t, b) : 0), 0);
  const rowsRead = blocks.reduce((n, b) => n + b.dataRuns.length, 0);
  t.found = !format2019 && (captions >= 2 || rowsRead >= 3);
  if (format2019) {
    // The 2021 cells do not exist in a 2019-layout table 二 (spec §2.3).
    for (const key of Object.keys(t.cells)) t.cells[key] = { value: null, status: 'absent', raw: null };
    return { table: t, format2019 };
  }
  settleActiveRows(t, leftovers === 0);
  return { table: t, format2019 };
}

/**
 * The block a header row (信息内容 + column labels) opens, when it is not the current block: the
 * next block in order whose columns the labels name (（五） and （六） share theirs), else any.
 */
function headerBlock(printed: readonly { text: string }[], current: ActiveBlock | null): ActiveBlock | null {
  const fits = (b: ActiveBlock) => printed.length >= b.columns.length && b.columns.every((c, i) => matchLabel(printed[i]!.text, [c]));
  if (current && fits(current)) return null;
  const after = current ? ACTIVE_BLOCKS.indexOf(current) : -1;
  return ACTIVE_BLOCKS.find((b, i) => i > after && fits(b)) ?? ACTIVE_BLOCKS.find(fits) ?? null;
}

const rowsOf = (b: ActiveBlock) => b.rows.map((r) => ({ key: r.key, label: r.label, cells: b.columns.map((c) => `${r.key}.${c.key}`) }));

/**
 * A row missing from a block that is there was left out by the publisher (table 二 without 规章);
 * a whole block missing is more likely our loss (a page break), so its cells are uncertain.
 */
export function settleActiveRows(t: RecognizedTable, clean: boolean): void {
  const isAbsent = (k: string) => t.cells[k]?.status === 'absent';
  const present = ACTIVE_BLOCKS.filter((b) => rowsOf(b).some((r) => !r.cells.every(isAbsent)));
  const lost = ACTIVE_BLOCKS.filter((b) => !present.includes(b));
  settleMissingRows(t, present.flatMap(rowsOf), { clean, maxDropped: 2 });
  settleMissingRows(t, lost.flatMap(rowsOf), { clean: false, maxDropped: 0 });
}

function readHeader(t: RecognizedTable, b: BlockState, printed: { text: string; col: number }[], exact: boolean, trusted: boolean): void {
  const def = b.def!;
  def.columns.forEach((col, i) => {
    const p = printed[i];
    if (!p) return;
    if (normalizeLabel(p.text) === normalizeLabel(col.label) || matchLabel(p.text, [col])?.exact) return;
    if (LABELS_2019.has(normalizeLabel(p.text)) || !trusted) return;
    addDeviation(t, { printed: p.text, expected: col.label, cells: def.rows.map((r) => `${r.key}.${col.key}`) });
  });
  if (exact && printed.length === def.columns.length) b.positions = printed.map((p) => p.col);
}

/**
 * A printed row label that names a standard row in other words: one is contained in the other
 * (规范性文件 for 行政规范性文件, 行政许可事项 for 行政许可), and no other row of the block fits.
 */
function renamedRow(printed: string, rows: readonly LabelDef[]): LabelDef | null {
  const p = stripNumbering(printed);
  if (p.length < 2) return null;
  const fits = rows.filter((r) => {
    const core = normalizeLabel(r.core);
    return core.includes(p) || p.includes(core);
  });
  return fits.length === 1 ? fits[0]! : null;
}

/** Reads the block's data rows into the table; returns how many printed rows with values found no row. */
function readBlock(t: RecognizedTable, b: BlockState): number {
  const def = b.def!;
  const remaining = [...def.rows];
  const assign = (rowDef: LabelDef, run: Run, exact: boolean) => {
    remaining.splice(remaining.indexOf(rowDef), 1);
    if (!exact && labelsTrusted(run.row.block)) addDeviation(t, { printed: run.label!.text, expected: rowDef.label, cells: def.columns.map((c) => `${rowDef.key}.${c.key}`) });
    const pick = pickValues(run.values, def.columns.length, run.row.block.exact, b.positions, run.label);
    def.columns.forEach((col, i) => {
      const key = `${rowDef.key}.${col.key}`;
      if (pick.kind === 'cells') {
        const cell = pick.cells[i] ?? null;
        t.cells[key] = readCell(cell?.text ?? '', { decimal: key === 'fees.amount', source: cell ?? undefined });
      } else t.cells[key] = uncertainCell();
    });
    if (pick.kind !== 'cells') t.doubts.push({ code: 'row-unaligned', table: 'active', row: rowDef.key });
  };
  const printsValues = (run: Run) => run.values.some((v) => v.text.trim());
  let unmatched: Run[] = [];
  for (const run of b.dataRuns) {
    const m = matchLabel(run.label!.text, remaining);
    if (m) assign(m.def, run, m.exact);
    else unmatched.push(run);
  }
  unmatched = unmatched.filter((run) => {
    const r = renamedRow(run.label!.text, remaining);
    if (r) assign(r, run, false);
    return !r;
  });
  // Rows renamed beyond recognition (行政审批 for 行政许可) keep their place in the block; a run
  // that prints no value is no row (a header run together with a row, say).
  const valued = unmatched.filter(printsValues);
  if (valued.length > 0 && valued.length === remaining.length) {
    const order = def.rows.filter((r) => remaining.includes(r));
    valued.forEach((run, i) => assign(order[i]!, run, false));
    unmatched = unmatched.filter((run) => !valued.includes(run));
  }
  // What could not be placed: runs with values, and labels that name a row still missing
  // ("信息内容规章": a header run together with the 规章 row) — that row is there, unread.
  const names = (run: Run, row: LabelDef) => [...run.groups, run.label!].some((c) => normalizeLabel(c.text).includes(normalizeLabel(row.core)));
  return unmatched.filter((run) => printsValues(run) || remaining.some((row) => names(run, row))).length;
}
