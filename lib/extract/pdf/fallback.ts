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

/** Figures in a line that make it a table row even alone (table 四 has a single row). */
const FULL_ROW = 5;

/** Values in the same columns: at least two value parts of each line overlapping one of the other's. */
function sameValueColumns(a: Line, b: Line): boolean {
  const va = partsOf(a).filter((p) => p.value);
  const vb = partsOf(b).filter((p) => p.value);
  if (va.length < 2 || vb.length < 2) return false;
  return vb.filter((q) => va.some((p) => overlap(p.x0, p.x1, q.x0, q.x1) > 0)).length >= 2;
}

/**
 * Runs of consecutive row-like lines (wrapped label lines in between allowed) with values. Lines
 * follow each other at line pitch; a table set with wider row spacing (paragraph spacing in its
 * cells) is followed at its own pitch, learnt from value rows with the same value columns.
 */
export function findRegions(lines: Line[]): Region[] {
  const regions: Region[] = [];
  let cur: Line[] = [];
  let pending: Line[] = [];
  let pitch = 0;
  // Lines just above the region (one after the other, body size): header lines that are not
  // row-like (their words run together), taken along by a table of a single row of figures.
  let above: Line[] = [];
  let lead: Line[] = [];
  const close = () => {
    const rows = cur.filter(isRowLike);
    const values = cur.reduce((n, l) => n + partsOf(l).filter((p) => p.value).length, 0);
    if (rows.length >= 3 && values >= 4) regions.push({ lines: cur });
    else if (lead.length && cur.some((l) => partsOf(l).filter((p) => p.value).length >= FULL_ROW)) regions.push({ lines: [...lead, ...cur] });
    cur = [];
    pending = [];
    pitch = 0;
    above = [];
    lead = [];
  };
  for (const line of lines) {
    if (!cur.length) {
      const prev = above[above.length - 1];
      const joins = prev && line.y0 - prev.y1 < 2 * Math.max(line.size, prev.size) && line.size <= 1.15 * prev.size && prev.size <= 1.15 * line.size;
      if (!joins) above = [];
      if (isRowLike(line)) lead = above.slice(-6);
      else above.push(line);
    }
    const last = pending[pending.length - 1] ?? cur[cur.length - 1];
    const size = last ? Math.max(line.size, last.size) : line.size;
    const gap = last ? line.y0 - last.y1 : Infinity;
    let near = !!last && gap < Math.max(1.5 * size, 1.25 * pitch);
    const rowLike = isRowLike(line);
    const lastRow = cur[cur.length - 1];
    if (!near && rowLike && !pending.length && lastRow && gap < 3 * size && sameValueColumns(lastRow, line)) {
      pitch = Math.max(pitch, gap);
      near = true;
    }
    // A heading after the table: one part, set larger than anything in the region so far.
    const heading = !rowLike && cur.length > 0 && line.size > 1.15 * Math.max(...cur.map((l) => l.size));
    if (heading) {
      if (cur.length) close();
    } else if (rowLike) {
      if (cur.length && !near) close();
      cur.push(...pending, line);
      pending = [];
    } else if (cur.length && near && pending.length < 6) {
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
  const bands = splitAtValues(
    columnBands(rows.filter((r) => r.parts.length >= 2).map((r) => r.parts)),
    rows.map((r) => r.parts.filter((p) => p.value)),
  );

  type Row = { box: Box; size: number; value: boolean; valueY: number; cells: Map<number, { span: number; texts: string[]; box: Box }> };
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
    const values = parts.filter((p) => p.value);
    const valueY = values.length ? values.reduce((n, p) => n + (p.y0 + p.y1) / 2, 0) / values.length : NaN;
    return { box: line, size: line.size, value: values.length > 0, valueY, cells };
  });

  // A label wrapped onto its own line joins the row it belongs to, cell by cell: each piece goes to
  // the nearer value row (by the middle of its values), so a two-line label whose value is set
  // midway between its lines (borderless tables, vertically centred cells) stays with that value.
  // Header lines above the first value row stack into one header row, column by column
  // (结果 / 维持 → 结果维持), when they follow each other at line pitch.
  const firstValue = built.findIndex((r) => r.value);
  for (let i = firstValue - 2; i >= 0; i--) {
    const [row, next] = [built[i]!, built[i + 1]!];
    if (next.box.y0 - row.box.y1 >= 0.8 * row.size) continue;
    for (const [c, cell] of row.cells) {
      const have = next.cells.get(c);
      if (!have) next.cells.set(c, cell);
      else {
        have.texts.unshift(...cell.texts);
        have.box = union(have.box, cell.box);
        have.span = Math.max(have.span, cell.span);
      }
    }
    next.box = union(next.box, row.box);
    built.splice(i, 1);
  }

  const merged: Row[] = [];
  for (let i = 0; i < built.length; i++) {
    const row = built[i]!;
    const next = built[i + 1];
    const prev = merged[merged.length - 1];
    const gap = (a: Row, b: Row) => b.box.y0 - a.box.y1;
    if (!row.value) {
      const toPrev = prev?.value && gap(prev, row) < 0.8 * row.size ? prev : undefined;
      const toNext = next?.value && gap(row, next) < 0.8 * row.size ? next : undefined;
      const fitsPrev = (c: number) => !!toPrev?.cells.get(c) && !toPrev.cells.get(c)!.texts.every(isValueToken);
      const fitsNext = (c: number) => !!toNext && (!toNext.cells.has(c) || !toNext.cells.get(c)!.texts.every(isValueToken));
      const plan: [number, Row][] = [];
      for (const [c, cell] of row.cells) {
        const y = (cell.box.y0 + cell.box.y1) / 2;
        const dPrev = toPrev && fitsPrev(c) ? Math.abs(y - toPrev.valueY) : Infinity;
        const dNext = toNext && fitsNext(c) ? Math.abs(y - toNext.valueY) : Infinity;
        if (dPrev === Infinity && dNext === Infinity) break;
        plan.push([c, dNext < dPrev ? toNext! : toPrev!]);
      }
      if (plan.length === row.cells.size) {
        for (const [c, into] of plan) {
          const cell = row.cells.get(c)!;
          const have = into.cells.get(c);
          if (!have) into.cells.set(c, cell);
          else {
            if (into === prev) have.texts.push(...cell.texts);
            else have.texts.unshift(...cell.texts);
            have.box = union(have.box, cell.box);
          }
          into.box = union(into.box, cell.box);
        }
        continue;
      }
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

}

/**
 * Column bands from how many rows have text at each x: stretches with text, cut again where a
 * few wide labels bridge two columns that the other rows keep apart.
 */
function columnBands(rows: Box[][]): [number, number][] {
  const parts = rows.flat();
  if (!parts.length) return [];
  const left = Math.floor(Math.min(...parts.map((p) => p.x0)));
  const right = Math.ceil(Math.max(...parts.map((p) => p.x1)));
  const cover = new Array<number>(right - left + 1).fill(0);
  for (const row of rows) {
    const hit = new Uint8Array(cover.length);
    for (const p of row) for (let x = Math.floor(p.x0) - left; x < Math.ceil(p.x1) - left; x++) hit[x] = 1;
    hit.forEach((h, x) => (cover[x]! += h));
  }
  const low = Math.max(1, Math.floor(rows.length / 10));
  const bands: [number, number][] = [];
  let start = -1;
  for (let x = 0; x <= cover.length; x++) {
    const on = x < cover.length && cover[x]! > 0;
    if (on && start < 0) start = x;
    if (!on && start >= 0) {
      bands.push(...splitAtValleys(cover, start, x, low).map(([a, b]): [number, number] => [a + left, b + left]));
      start = -1;
    }
  }
  return bands;
}

/** [a, b) split where coverage drops to `low` or less between higher stretches on both sides. */
function splitAtValleys(cover: number[], a: number, b: number, low: number): [number, number][] {
  const out: [number, number][] = [];
  let from = a;
  let x = a;
  while (x < b) {
    if (cover[x]! <= low) {
      let end = x;
      while (end < b && cover[end]! <= low) end++;
      const before = Math.max(...cover.slice(Math.max(a, x - 20), x), 0);
      const after = Math.max(...cover.slice(end, Math.min(b, end + 20)), 0);
      if (x > from && end < b && before > 2 * low && after > 2 * low) {
        out.push([from, x]);
        from = end;
      }
      x = end;
    } else x++;
  }
  out.push([from, b]);
  return out;
}

/**
 * Two figures printed apart on one line are never one column: a band holding both (header text
 * bridging the gaps between narrow figure columns) is cut midway between them.
 */
function splitAtValues(bands: [number, number][], rows: Box[][]): [number, number][] {
  let out = bands;
  for (const values of rows) {
    const sorted = [...values].sort((a, b) => a.x0 - b.x0);
    for (let k = 1; k < sorted.length; k++) {
      const [a, b] = [sorted[k - 1]!, sorted[k]!];
      if (b.x0 <= a.x1) continue;
      const cut = (a.x1 + b.x0) / 2;
      out = out.flatMap(([x0, x1]): [number, number][] => (x0 < a.x1 && x1 > b.x0 ? [[x0, cut], [cut, x1]] : [[x0, x1]]));
    }
  }
  return out;
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

