// Ruling segments → table grids: connected groups of lines, their row and column boundaries,
// and merged cells where an internal line is missing. Bounded: grouping compares a limited
// number of line pairs, and a grid may have at most MAX_GRID_CELLS cells (BudgetExceeded).

import { BudgetExceeded, MAX_GRID_CELLS, MAX_GROUPING_CHECKS } from './budgets';
import type { Box } from './geometry';
import type { Segment } from './segments';

export interface GridCellBox extends Box {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface Grid extends Box {
  /** Column boundaries, left to right (colCount + 1 values). */
  xs: number[];
  /** Row boundaries, top to bottom (rowCount + 1 values). */
  ys: number[];
  /** Row-major by top-left position. */
  cells: GridCellBox[];
}

/** Lines closer than this are one boundary (double borders, collapsed cell borders). */
const SNAP = 2.5;
/** How far apart a line end and a crossing line may be and still touch. */
const TOUCH = 3;
/** Share of a boundary that must be drawn for two cells to be separate. */
const DRAWN = 0.6;

export function findGrids(segments: Segment[]): Grid[] {
  const h = mergeCollinear(segments.filter((s) => s.horizontal));
  const v = mergeCollinear(segments.filter((s) => !s.horizontal));
  const groups = connectedGroups(h, v);
  const grids: Grid[] = [];
  for (const g of groups) {
    const grid = buildGrid(g.h, g.v);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/** Join pieces of one line (same position, touching or overlapping extents). */
function mergeCollinear(segs: Segment[]): Segment[] {
  const sorted = [...segs].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Segment[] = [];
  const open: Segment[] = [];
  for (const s of sorted) {
    let joined = false;
    for (let k = open.length - 1; k >= 0; k--) {
      const o = open[k]!;
      if (s.at - o.at > 1) {
        open.splice(k, 1);
        continue;
      }
      if (s.from <= o.to + TOUCH && s.to >= o.from - TOUCH) {
        o.from = Math.min(o.from, s.from);
        o.to = Math.max(o.to, s.to);
        joined = true;
        break;
      }
    }
    if (!joined) {
      const copy = { ...s };
      out.push(copy);
      open.push(copy);
    }
  }
  return out;
}

/**
 * Lines that touch or cross, grouped (union-find). A sweep over the horizontal lines sorted by
 * position: each vertical line is compared only with the horizontal lines within its extent.
 */
function connectedGroups(h: Segment[], v: Segment[]): { h: Segment[]; v: Segment[] }[] {
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const byAt = h.map((_, i) => i).sort((a, b) => h[a]!.at - h[b]!.at);
  const ats = byAt.map((i) => h[i]!.at);
  let checks = 0;
  for (let j = 0; j < v.length; j++) {
    const b = v[j]!;
    for (let k = lowerBound(ats, b.from - TOUCH); k < ats.length && ats[k]! <= b.to + TOUCH; k++) {
      if (++checks > MAX_GROUPING_CHECKS) throw new BudgetExceeded(`表格线交叉过多`);
      const i = byAt[k]!;
      const a = h[i]!;
      if (b.at >= a.from - TOUCH && b.at <= a.to + TOUCH) parent[find(i)] = find(h.length + j);
    }
  }
  const byRoot = new Map<number, { h: Segment[]; v: Segment[] }>();
  const entry = (i: number) => {
    const r = find(i);
    let g = byRoot.get(r);
    if (!g) byRoot.set(r, (g = { h: [], v: [] }));
    return g;
  };
  h.forEach((s, i) => entry(i).h.push(s));
  v.forEach((s, j) => entry(h.length + j).v.push(s));
  const groups = [...byRoot.values()];
  const tables = groups.filter((g) => g.h.length >= 2 && g.v.length >= 2);
  const free = groups.filter((g) => !g.h.length).flatMap((g) => g.v);
  if (free.length) {
    // Each table's extent from its own lines, once, before any edge joins it.
    const extents = tables.map(extentOf);
    for (const s of free) {
      const i = extents.findIndex((e) => isCutEdge(s, e));
      if (i >= 0) tables[i]!.v.push(s);
    }
  }
  return tables;
}

interface Extent {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function extentOf(t: { h: Segment[]; v: Segment[] }): Extent {
  const e = { top: Infinity, bottom: -Infinity, left: Infinity, right: -Infinity };
  for (const x of t.v) {
    e.top = Math.min(e.top, x.from);
    e.bottom = Math.max(e.bottom, x.to);
  }
  for (const x of t.h) {
    e.left = Math.min(e.left, x.from);
    e.right = Math.max(e.right, x.to);
  }
  return e;
}

/**
 * A vertical line crossing no horizontal one is still a table's line when it runs exactly from the
 * table's top to its bottom beside it: the outer border of a column whose merged cell a page break
 * cut above and below (the column's own top and bottom lines are on other pages).
 */
function isCutEdge(s: Segment, e: Extent): boolean {
  const reach = e.right - e.left;
  const beside = (s.at < e.left && e.left - s.at < reach) || (s.at > e.right && s.at - e.right < reach);
  return beside && Math.abs(s.from - e.top) <= TOUCH && Math.abs(s.to - e.bottom) <= TOUCH;
}

/** First index of sorted `xs` whose value is ≥ x. */
function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted positions, those closer than SNAP merged into their mean. */
function snap(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const x of sorted) {
    if (group.length && x - group[group.length - 1]! > SNAP) {
      out.push(group.reduce((s, y) => s + y, 0) / group.length);
      group = [];
    }
    group.push(x);
  }
  if (group.length) out.push(group.reduce((s, y) => s + y, 0) / group.length);
  return out;
}

function buildGrid(h: Segment[], v: Segment[]): Grid | null {
  // Outer edges come from the crossing lines' extents too, for tables without side borders.
  const xs = snap([...v.map((s) => s.at), Math.min(...h.map((s) => s.from)), Math.max(...h.map((s) => s.to))]);
  const ys = snap([...h.map((s) => s.at), Math.min(...v.map((s) => s.from)), Math.max(...v.map((s) => s.to))]);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1 || rows * cols < 2) return null;
  if (rows * cols > MAX_GRID_CELLS) throw new BudgetExceeded(`表格网格超过 ${MAX_GRID_CELLS.toLocaleString('en')} 个单元格`);

  // wallRight[r][c]: a line between (r, c) and (r, c + 1); wallBelow[r][c]: between (r, c) and (r + 1, c).
  const wallRight = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols - 1 }, (_, c) => drawn(v, xs[c + 1]!, ys[r]!, ys[r + 1]!)),
  );
  const wallBelow = Array.from({ length: rows - 1 }, (_, r) =>
    Array.from({ length: cols }, (_, c) => drawn(h, ys[r + 1]!, xs[c]!, xs[c + 1]!)),
  );

  const id = (r: number, c: number) => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c < cols - 1 && !wallRight[r]![c]) parent[find(id(r, c))] = find(id(r, c + 1));
      if (r < rows - 1 && !wallBelow[r]![c]) parent[find(id(r, c))] = find(id(r + 1, c));
    }
  }

  const regions = new Map<number, { r0: number; c0: number; r1: number; c1: number; n: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      const g = regions.get(root);
      if (!g) regions.set(root, { r0: r, c0: c, r1: r, c1: c, n: 1 });
      else {
        g.r0 = Math.min(g.r0, r);
        g.c0 = Math.min(g.c0, c);
        g.r1 = Math.max(g.r1, r);
        g.c1 = Math.max(g.c1, c);
        g.n++;
      }
    }
  }

  const taken = new Set<number>();
  const cells: GridCellBox[] = [];
  const place = (r0: number, c0: number, r1: number, c1: number) => {
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) taken.add(id(r, c));
    cells.push({ row: r0, col: c0, rowSpan: r1 - r0 + 1, colSpan: c1 - c0 + 1, x0: xs[c0]!, x1: xs[c1 + 1]!, y0: ys[r0]!, y1: ys[r1 + 1]! });
  };
  for (const g of regions.values()) {
    const rect = (g.r1 - g.r0 + 1) * (g.c1 - g.c0 + 1) === g.n;
    if (rect) place(g.r0, g.c0, g.r1, g.c1);
  }
  // An irregular region (a broken line) falls back to its single cells.
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (!taken.has(id(r, c))) place(r, c, r, c);
  if (cells.length < 2) return null;
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { xs, ys, cells, x0: xs[0]!, x1: xs[cols]!, y0: ys[0]!, y1: ys[rows]! };
}

/** Whether lines at `at` cover enough of [from, to] (overlapping pieces counted once). */
function drawn(lines: Segment[], at: number, from: number, to: number): boolean {
  const parts: [number, number][] = [];
  for (const s of lines) {
    if (Math.abs(s.at - at) > SNAP) continue;
    const a = Math.max(from, s.from);
    const b = Math.min(to, s.to);
    if (b > a) parts.push([a, b]);
  }
  parts.sort((p, q) => p[0] - q[0]);
  let covered = 0;
  let end = from;
  for (const [a, b] of parts) {
    if (b <= end) continue;
    covered += b - Math.max(a, end);
    end = b;
  }
  return covered >= DRAWN * (to - from);
}
