// Painted paths → ruling segments: stroked straight edges (WPS, LibreOffice) and thin filled
// rectangles (Chromium, Word), in viewport space. Clips and curves never make a line.

import { apply, boxOf, type Matrix } from './geometry';

/** A ruling line: `at` is y for a horizontal one, x for a vertical one; [from, to] its extent. */
export interface Segment {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

/** Thicker than this a filled rectangle is shading, not a line. */
const THIN = 3;
const MIN_LENGTH = 2;
const ALIGN = 1;

/** Path codes of pdf.js's DrawOPS. */
export const MOVE = 0;
export const LINE = 1;
export const CURVE = 2;
const QUAD = 3;
export const CLOSE = 4;

export function addPath(data: ArrayLike<number>, ctm: Matrix, stroke: boolean, fill: boolean, out: Segment[]) {
  let sub: [number, number][] = [];
  let curved = false;
  let i = 0;
  for (;;) {
    const code = i < data.length ? data[i] : -1;
    if (code === LINE) {
      sub.push(apply(ctm, data[i + 1]!, data[i + 2]!));
      i += 3;
      continue;
    }
    // Anything else ends the subpath so far: a curve breaks it, a close joins its ends.
    if (sub.length >= 2) addSubpath(sub, curved, code === CLOSE, stroke, fill, out);
    const start = sub[0];
    sub = [];
    curved = false;
    if (code === MOVE) {
      sub.push(apply(ctm, data[i + 1]!, data[i + 2]!));
      i += 3;
    } else if (code === CURVE) {
      curved = true;
      sub.push(apply(ctm, data[i + 5]!, data[i + 6]!));
      i += 7;
    } else if (code === QUAD) {
      curved = true;
      sub.push(apply(ctm, data[i + 3]!, data[i + 4]!));
      i += 5;
    } else if (code === CLOSE) {
      if (start) sub.push(start);
      i += 1;
    } else {
      return;
    }
  }
}

function addSubpath(sub: [number, number][], curved: boolean, closed: boolean, stroke: boolean, fill: boolean, out: Segment[]) {
  if (fill && !curved && isRectangle(sub)) addFilledRect(sub, out);
  if (!stroke) return;
  for (let k = 1; k < sub.length; k++) addEdge(sub[k - 1]!, sub[k]!, out);
  if (closed) addEdge(sub[sub.length - 1]!, sub[0]!, out);
}

function addEdge(a: [number, number], b: [number, number], out: Segment[]) {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dy <= ALIGN && dx >= MIN_LENGTH) {
    out.push({ horizontal: true, at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
  } else if (dx <= ALIGN && dy >= MIN_LENGTH) {
    out.push({ horizontal: false, at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
  }
}

/** Four corners (a fifth equal to the first allowed) on axis-parallel sides. */
function isRectangle(pts: [number, number][]): boolean {
  let p = pts;
  const first = p[0]!;
  const last = p[p.length - 1]!;
  if (p.length === 5 && Math.abs(first[0] - last[0]) < 0.01 && Math.abs(first[1] - last[1]) < 0.01) p = p.slice(0, 4);
  if (p.length !== 4) return false;
  for (let k = 0; k < 4; k++) {
    const a = p[k]!;
    const b = p[(k + 1) % 4]!;
    if (Math.abs(a[0] - b[0]) > ALIGN && Math.abs(a[1] - b[1]) > ALIGN) return false;
  }
  return true;
}

function addFilledRect(pts: [number, number][], out: Segment[]) {
  const { x0, y0, x1, y1 } = boxOf(pts);
  const w = x1 - x0;
  const h = y1 - y0;
  if (h <= THIN && w >= MIN_LENGTH && w > h) out.push({ horizontal: true, at: (y0 + y1) / 2, from: x0, to: x1 });
  else if (w <= THIN && h >= MIN_LENGTH && h > w) out.push({ horizontal: false, at: (x0 + x1) / 2, from: y0, to: y1 });
}
