// Text runs → the cells of a ruled grid. A cell's text: its runs as lines, top to bottom,
// each line left to right, lines joined without inventing spaces between CJK characters.

import type { GridCell, TableBlock } from '../../model/document';
import { centerX, centerY, overlap } from './geometry';
import type { Grid } from './grid';
import { groupLines, joinRuns } from './lines';
import { joinLines } from './text';
import type { Run } from './types';

/** How far outside the grid's border a run's centre may lie and still belong to it. */
const MARGIN = 1;

/** The runs whose centre lies inside the grid. */
export function runsInside(grid: Grid, runs: Run[]): Run[] {
  return runs.filter((r) => {
    const x = centerX(r);
    const y = centerY(r);
    return x >= grid.x0 - MARGIN && x <= grid.x1 + MARGIN && y >= grid.y0 - MARGIN && y <= grid.y1 + MARGIN;
  });
}

/** Build the table of a grid from the runs inside it; null when fewer than two cells hold text. */
export function fillGrid(grid: Grid, runs: Run[], page: number): TableBlock | null {
  const cols = grid.xs.length - 1;
  const owner = new Map<number, number>();
  grid.cells.forEach((cell, k) => {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) owner.set(r * cols + c, k);
    }
  });
  const cellOf = (x: number, y: number) => owner.get(indexOf(grid.ys, y) * cols + indexOf(grid.xs, x)) ?? -1;

  const content: Run[][] = grid.cells.map(() => []);
  const across: [Run, number][] = [];
  for (const run of runs) {
    for (const piece of splitAcrossCells(run, cellOf)) {
      const line = crossedLine(grid.ys, piece);
      if (line >= 0) across.push([piece, line]);
      else {
        const k = cellOf(centerX(piece), centerY(piece));
        if (k >= 0) content[k]!.push(piece);
      }
    }
  }
  // Text overflowing its cell across a row line (a cell too small for its text, a merged cell cut
  // by a page break) goes with the text it continues, not into the cell it spills over.
  for (const [piece, line] of across) {
    const x = centerX(piece);
    const above = cellOf(x, grid.ys[line]! - 0.5);
    const below = cellOf(x, grid.ys[line]! + 0.5);
    const k = continues(content[above], piece) ? above : continues(content[below], piece) ? below : cellOf(x, centerY(piece));
    if (k >= 0) content[k]!.push(piece);
  }
  if (content.filter((c) => c.length).length < 2) return null;

  const cells: GridCell[] = grid.cells.map((cell, k) => ({
    text: cellText(content[k]!),
    row: cell.row,
    col: cell.col,
    rowSpan: cell.rowSpan,
    colSpan: cell.colSpan,
    ref: { kind: 'pdf', page, x: cell.x0, y: cell.y0, width: cell.x1 - cell.x0, height: cell.y1 - cell.y0 },
  }));
  return {
    kind: 'table',
    cells,
    rowCount: grid.ys.length - 1,
    colCount: cols,
    exact: true,
    ref: { kind: 'pdf', page, x: grid.x0, y: grid.y0, width: grid.x1 - grid.x0, height: grid.y1 - grid.y0 },
  };
}

/** The inner row line that a run straddles (a quarter of its height or more on each side), or -1. */
function crossedLine(ys: number[], run: Run): number {
  const h = run.y1 - run.y0;
  for (let k = 1; k < ys.length - 1; k++) {
    if (run.y0 < ys[k]! - h / 4 && run.y1 > ys[k]! + h / 4) return k;
  }
  return -1;
}

/**
 * The cell's text runs on into `run`: a run of the cell stands in the same text column within a
 * line's distance of it, and none collides with it (text printed over it).
 */
function continues(runs: Run[] | undefined, run: Run): boolean {
  if (!runs?.length) return false;
  const w = run.x1 - run.x0;
  const h = run.y1 - run.y0;
  let stacked = false;
  for (const r of runs) {
    const across = overlap(r.x0, r.x1, run.x0, run.x1);
    if (across <= 0.5 * Math.min(w, r.x1 - r.x0)) continue;
    const gap = Math.max(r.y0 - run.y1, run.y0 - r.y1);
    if (gap < -0.1 * h) return false;
    if (gap <= h) stacked = true;
  }
  return stacked;
}

export function cellText(runs: Run[]): string {
  if (!runs.length) return '';
  return joinLines(groupLines(runs).map((l) => joinRuns(l.runs)));
}

/** Index of the interval of `bounds` holding v, clamped to the first and last interval. */
function indexOf(bounds: number[], v: number): number {
  let lo = 0;
  let hi = bounds.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (bounds[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A run printed across a cell border (one text item covering several cells) is cut where it
 * crosses, assuming evenly wide characters.
 */
function splitAcrossCells(run: Run, cellOf: (x: number, y: number) => number): Run[] {
  const chars = [...run.text];
  if (chars.length < 2) return [run];
  const y = centerY(run);
  const step = (run.x1 - run.x0) / chars.length;
  if (!(step > 0)) return [run];
  if (cellOf(run.x0 + step / 2, y) === cellOf(run.x1 - step / 2, y)) return [run];
  const owners = chars.map((_, i) => cellOf(run.x0 + (i + 0.5) * step, y));
  if (owners.every((o) => o === owners[0])) return [run];
  const pieces: Run[] = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i === chars.length || owners[i] !== owners[start]) {
      const text = chars.slice(start, i).join('').trim();
      if (text) pieces.push({ ...run, text, x0: run.x0 + start * step, x1: run.x0 + i * step });
      start = i;
    }
  }
  return pieces;
}
