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
  return out;
}

function joinTables(a: Placed, b: Placed): boolean {
  if (a.block.kind !== 'table' || b.block.kind !== 'table' || !a.xs || !b.xs) return false;
  if (a.xs.length !== b.xs.length || a.xs.some((x, i) => Math.abs(x - b.xs![i]!) > SAME_COLUMN)) return false;
  appendRows(a.block, b.block);
  return true;
}

function appendRows(t: TableBlock, u: TableBlock) {
  let skip = repeatedHeaderRows(t, u);
  if (finishesLastRow(t, u, skip)) {
    const last = t.cells.filter((c) => c.row + c.rowSpan === t.rowCount);
    for (const c of u.cells) {
      if (c.row !== skip || !c.text) continue;
      const into = last.find((l) => l.col === c.col && l.colSpan === c.colSpan);
      if (into) into.text = joinLines([into.text, c.text]);
    }
    skip++;
  }
  const offset = t.rowCount - skip;
  for (const c of u.cells) {
    const end = c.row + c.rowSpan;
    if (end <= skip) continue;
    const row = Math.max(c.row, skip);
    t.cells.push({ ...c, row: row + offset, rowSpan: end - row });
  }
  t.rowCount += u.rowCount - skip;
}

/**
 * A row cut by the page break: the new page's first row holds only the rest of wrapped labels
 * (no values, single-row cells lined up with the last row's cells) while that last row has values.
 */
function finishesLastRow(t: TableBlock, u: TableBlock, row: number): boolean {
  const first = u.cells.filter((c) => c.row === row);
  const last = t.cells.filter((c) => c.row + c.rowSpan === t.rowCount);
  const filled = first.filter((c) => c.text);
  if (!filled.length || u.rowCount <= row + 1) return false;
  if (filled.some((c) => c.rowSpan !== 1 || isValueToken(c.text))) return false;
  if (!last.some((c) => isValueToken(c.text))) return false;
  return filled.every((c) => last.some((l) => l.col === c.col && l.colSpan === c.colSpan && l.text && !isValueToken(l.text)));
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
