// Joining what a page break cut: a ruled table continued at the top of the next page (same
// columns, a repeated header row dropped) and a paragraph running on.

import type { GridCell, TableBlock } from '../../model/document';
import type { Placed } from './page';
import { HEADING_START } from './paragraphs';
import { isValueToken, joinLines } from './text';

/** Column boundaries may differ this much between the parts of one table. */
const SAME_COLUMN = 3;

export function joinPages(pages: Placed[][]): Placed[] {
  const out: Placed[] = [];
  for (const page of pages) {
    const first = page[0];
    const last = out[out.length - 1];
    if (first && last && joinTables(last, first)) {
      out.push(...page.slice(1));
      continue;
    }
    if (first && last && joinParagraphs(last, first)) {
      out.push(...page.slice(1));
      continue;
    }
    out.push(...page);
  }
  return out.map(unlessJoined);
}

/** A lone ruled row that joined no table is the text it holds. */
function unlessJoined(p: Placed): Placed {
  if (!p.lone || p.block.kind !== 'table') return p;
  return { top: p.top, block: { kind: 'text', text: p.block.cells[0]?.text ?? '', ref: p.block.ref } };
}

function joinTables(a: Placed, b: Placed): boolean {
  if (a.block.kind !== 'table' || b.block.kind !== 'table' || !a.xs || !b.xs) return false;
  if (a.xs.length !== b.xs.length || a.xs.some((x, i) => Math.abs(x - b.xs![i]!) > SAME_COLUMN)) {
    // One part has column lines the other lacks (no row of it splits that column: a head of
    // header rows, or rows whose labels all span the label columns), every line of it among the
    // other's, the outer edges the same: one table, read on the finer columns.
    if (spreadColumns(a.block, a.xs, b.xs)) a.xs = b.xs;
    else if (!spreadColumns(b.block, b.xs, a.xs)) return false;
  }
  a.lone = false;
  appendRows(a.block, b.block);
  return true;
}

/** Re-index t's cells onto the finer boundaries `to` (every boundary of `from` among them). */
function spreadColumns(t: TableBlock, from: number[], to: number[]): boolean {
  const at = from.map((x) => to.findIndex((y) => Math.abs(x - y) <= SAME_COLUMN));
  if (at[0] !== 0 || at[at.length - 1] !== to.length - 1 || at.some((i, k) => i < 0 || (k > 0 && i <= at[k - 1]!))) return false;
  for (const c of t.cells) {
    const col = at[c.col]!;
    c.colSpan = at[c.col + c.colSpan]! - col;
    c.col = col;
  }
  t.colCount = to.length - 1;
  return true;
}

function appendRows(t: TableBlock, u: TableBlock) {
  let skip = repeatedHeaderRows(t, u);
  // Cells of the cut row that go on down the new page (a merged label cut by the break): the
  // cell of the last row they continue grows by the rows they span below.
  const continued = new Map<GridCell, GridCell>();
  if (finishesLastRow(t, u, skip)) {
    const last = t.cells.filter((c) => c.row + c.rowSpan === t.rowCount);
    for (const c of u.cells) {
      if (c.row !== skip) continue;
      const into = last.find((l) => l.col === c.col && l.colSpan === c.colSpan);
      if (!into) continue;
      if (c.text) into.text = joinLines([into.text, c.text]);
      if (c.rowSpan > 1) continued.set(c, into);
    }
    skip++;
  }
  const offset = t.rowCount - skip;
  for (const c of u.cells) {
    const end = c.row + c.rowSpan;
    if (end <= skip) continue;
    const into = continued.get(c);
    if (into) {
      into.rowSpan += end - skip;
      continue;
    }
    const row = Math.max(c.row, skip);
    t.cells.push({ ...c, row: row + offset, rowSpan: end - row });
  }
  t.rowCount += u.rowCount - skip;
}

/** Where a new row's label starts: an item number such as 1. （六） 二、. */
const ITEM_START = /^([(（]?[一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])/;

/**
 * A row cut by the page break: the new page's first row holds only the rest of wrapped labels
 * (no values; cells lined up with the last row's cells, no text starting an item number) while
 * that last row has values, or, for a header row cut in two, the two rows have the same cells.
 * A label cell of the first row may span rows further down: the rest of a merged label cut by
 * the break.
 */
function finishesLastRow(t: TableBlock, u: TableBlock, row: number): boolean {
  const first = u.cells.filter((c) => c.row === row);
  const last = t.cells.filter((c) => c.row + c.rowSpan === t.rowCount);
  const filled = first.filter((c) => c.text);
  if (!filled.length || u.rowCount <= row + 1) return false;
  if (filled.some((c) => isValueToken(c.text) || ITEM_START.test(c.text))) return false;
  const shape = (cells: GridCell[]) => cells.map((c) => `${c.col}+${c.colSpan}`).sort().join();
  if (!last.some((c) => isValueToken(c.text)) && shape(first) !== shape(last)) return false;
  const lined = (c: GridCell) => last.some((l) => l.col === c.col && l.colSpan === c.colSpan && (c.text ? !!l.text && !isValueToken(l.text) : true));
  // Every filled cell, and every cell spanning on down, continues a cell of the last row.
  return first.every((c) => (c.text || c.rowSpan > 1 ? lined(c) : true));
}

/** How many top rows of u repeat the top rows of t (a header printed again on the new page). */
function repeatedHeaderRows(t: TableBlock, u: TableBlock): number {
  for (let k = Math.min(4, t.rowCount, u.rowCount - 1); k >= 1; k--) {
    const a = band(t.cells, k);
    const b = band(u.cells, k);
    if (a && b && a.length === b.length && a.some((c) => c.text) && a.every((c, i) => same(c, b[i]!))) return k;
  }
  return 0;
}

/** The cells of the first k rows, or null when a cell straddles row k. */
function band(cells: GridCell[], k: number): GridCell[] | null {
  const top = cells.filter((c) => c.row < k);
  return top.every((c) => c.row + c.rowSpan <= k) ? top : null;
}

function same(a: GridCell, b: GridCell): boolean {
  return a.row === b.row && a.col === b.col && a.rowSpan === b.rowSpan && a.colSpan === b.colSpan && a.text === b.text;
}

function joinParagraphs(a: Placed, b: Placed): boolean {
  const pa = a.paragraph;
  const pb = b.paragraph;
  if (!pa || !pb || !pa.open || !pb.flush || pa.block.heading || pb.block.heading) return false;
  if (/[。！？；：.!?;:]$/.test(pa.block.text) || HEADING_START.test(pb.block.text)) return false;
  pa.block.text = joinLines([pa.block.text, pb.block.text]);
  pa.open = pb.open;
  return true;
}
