// Tables without ruling lines: columns inferred from where text stands (exact: false).
// A region is a run of lines that each hold several parts set apart by wide gaps, with values.

import type { GridCell, TableBlock } from '../../model/document';
import { overlap, union, type Box } from './geometry';
import { joinRuns, splitAtGaps, type Line } from './lines';
import { isValueToken, joinLines } from './text';

interface Part extends Box {
  text: string;
  value: boolean;
}

export function partsOf(line: Line): Part[] {
  return splitAtGaps(line).map((runs) => {
    let box: Box = { ...runs[0]! };
    for (const r of runs) box = union(box, r);
    const text = joinRuns(runs);
    return { ...box, text, value: isValueToken(text) };
  });
}

/** A line that reads like a table row: three or more parts, or two with a value among them. */
export function isRowLike(line: Line): boolean {
  const parts = partsOf(line);
  return parts.length >= 3 || (parts.length === 2 && parts.some((p) => p.value));
}

export interface Region {
  lines: Line[];
}

/** Runs of consecutive row-like lines (wrapped label lines in between allowed) with values. */
export function findRegions(lines: Line[]): Region[] {
  const regions: Region[] = [];
  let cur: Line[] = [];
  let pending: Line[] = [];
  const close = () => {
    const rows = cur.filter(isRowLike);
    const values = cur.reduce((n, l) => n + partsOf(l).filter((p) => p.value).length, 0);
    if (rows.length >= 3 && values >= 4) regions.push({ lines: cur });
    cur = [];
    pending = [];
  };
  for (const line of lines) {
    const last = cur[cur.length - 1] ?? pending[pending.length - 1];
    const near = last && line.y0 - last.y1 < 2.5 * Math.max(line.size, last.size);
    if (isRowLike(line)) {
      if (cur.length && !near) close();
      cur.push(...pending, line);
      pending = [];
    } else if (cur.length && near && pending.length < 2) {
      pending.push(line);
    } else if (cur.length) {
      close();
    }
  }
  if (cur.length) close();
  return regions;
}

export function regionTable(region: Region, page: number): TableBlock {
  const rows = region.lines.map((l) => ({ line: l, parts: partsOf(l) }));
  const maxParts = Math.max(...rows.map((r) => r.parts.length));
  const bands = columnBands(rows.filter((r) => r.parts.length >= Math.max(2, 0.6 * maxParts)).flatMap((r) => r.parts));

  type Row = { box: Box; size: number; value: boolean; cells: Map<number, { span: number; texts: string[]; box: Box }> };
  const built: Row[] = rows.map(({ line, parts }) => {
    const cells = new Map<number, { span: number; texts: string[]; box: Box }>();
    for (const p of parts) {
      const hit = bands.map((b, i) => (overlap(p.x0, p.x1, b[0], b[1]) > 0 ? i : -1)).filter((i) => i >= 0);
      const first = hit[0] ?? nearestBand(bands, p);
      const span = hit.length ? hit[hit.length - 1]! - first + 1 : 1;
      const cell = cells.get(first);
      if (cell) {
        cell.texts.push(p.text);
        cell.box = union(cell.box, p);
        cell.span = Math.max(cell.span, span);
      } else cells.set(first, { span, texts: [p.text], box: { ...p } });
    }
    return { box: line, size: line.size, value: parts.some((p) => p.value), cells };
  });

  // A label wrapped onto its own line joins the row it belongs to, when their columns do not clash.
  const merged: Row[] = [];
  for (let i = 0; i < built.length; i++) {
    const row = built[i]!;
    const next = built[i + 1];
    const prev = merged[merged.length - 1];
    const gap = (a: Row, b: Row) => b.box.y0 - a.box.y1;
    if (!row.value && next?.value && gap(row, next) < 0.8 * row.size && disjoint(row, next)) {
      for (const [c, cell] of row.cells) next.cells.set(c, cell);
      next.box = union(next.box, row.box);
      continue;
    }
    if (!row.value && prev?.value && gap(prev, row) < 0.8 * row.size && [...row.cells.keys()].every((c) => prev.cells.has(c) && !prev.cells.get(c)!.texts.every(isValueToken))) {
      for (const [c, cell] of row.cells) {
        const into = prev.cells.get(c)!;
        into.texts.push(...cell.texts);
        into.box = union(into.box, cell.box);
      }
      prev.box = union(prev.box, row.box);
      continue;
    }
    merged.push(row);
  }

  const cells: GridCell[] = [];
  merged.forEach((row, r) => {
    const sorted = [...row.cells].sort((a, b) => a[0] - b[0]);
    sorted.forEach(([c, cell], k) => {
      const nextCol = sorted[k + 1]?.[0] ?? bands.length;
      cells.push({
        text: joinLines(cell.texts),
        row: r,
        col: c,
        rowSpan: 1,
        colSpan: Math.max(1, Math.min(cell.span, nextCol - c)),
        ref: { kind: 'pdf', page, x: cell.box.x0, y: cell.box.y0, width: cell.box.x1 - cell.box.x0, height: cell.box.y1 - cell.box.y0 },
      });
    });
  });
  let box: Box = { ...region.lines[0]! };
  for (const l of region.lines) box = union(box, l);
  return {
    kind: 'table',
    cells,
    rowCount: merged.length,
    colCount: bands.length,
    exact: false,
    ref: { kind: 'pdf', page, x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 },
  };

  function disjoint(a: Row, b: Row): boolean {
    return [...a.cells.keys()].every((c) => !b.cells.has(c));
  }
}

/** Column bands: the union of the parts' horizontal extents. */
function columnBands(parts: Box[]): [number, number][] {
  const sorted = [...parts].sort((a, b) => a.x0 - b.x0);
  const bands: [number, number][] = [];
  for (const p of sorted) {
    const last = bands[bands.length - 1];
    if (last && p.x0 <= last[1] + 1) last[1] = Math.max(last[1], p.x1);
    else bands.push([p.x0, p.x1]);
  }
  return bands;
}

function nearestBand(bands: [number, number][], p: Box): number {
  let best = 0;
  let dist = Infinity;
  bands.forEach(([a, b], i) => {
    const d = Math.max(a - p.x1, p.x0 - b, 0);
    if (d < dist) {
      dist = d;
      best = i;
    }
  });
  return best;
}

