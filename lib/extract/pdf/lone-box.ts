// A ruled box around the last text of a page: the first row of a table that the page break left
// alone at the bottom (a one-cell title row such as a table's section line). findGrids needs two
// cells for a grid; this finds the single rectangle so that joinPages can put the row back on
// top of its table. Not joined, it is text again.

import { centerX, centerY, type Box } from './geometry';
import type { Line } from './lines';
import type { Segment } from './segments';

/** How far a ruling line may stop short of a corner and still close the box. */
const TOUCH = 3;

/** The closest ruled rectangle drawn around `line`, or null. */
export function boxAround(segments: Segment[], line: Box): Box | null {
  const cx = centerX(line);
  const cy = centerY(line);
  let top = -Infinity;
  let bottom = Infinity;
  let left = -Infinity;
  let right = Infinity;
  for (const s of segments) {
    if (s.horizontal && s.from <= line.x0 + TOUCH && s.to >= line.x1 - TOUCH) {
      if (s.at <= line.y0 + 1) top = Math.max(top, s.at);
      else if (s.at >= line.y1 - 1) bottom = Math.min(bottom, s.at);
    } else if (!s.horizontal && s.from <= line.y0 + TOUCH && s.to >= line.y1 - TOUCH) {
      if (s.at <= line.x0 + 1) left = Math.max(left, s.at);
      else if (s.at >= line.x1 - 1) right = Math.min(right, s.at);
    }
  }
  if (![top, bottom, left, right].every(Number.isFinite)) return null;
  const box = { x0: left, y0: top, x1: right, y1: bottom };
  // The four sides meet at the corners: each line spans the whole side.
  const spans = (s: Segment, at: number, from: number, to: number) =>
    Math.abs(s.at - at) <= 1 && s.from <= from + TOUCH && s.to >= to - TOUCH;
  const closed =
    segments.some((s) => s.horizontal && spans(s, top, left, right)) &&
    segments.some((s) => s.horizontal && spans(s, bottom, left, right)) &&
    segments.some((s) => !s.horizontal && spans(s, left, top, bottom)) &&
    segments.some((s) => !s.horizontal && spans(s, right, top, bottom));
  return closed && cx > left && cx < right && cy > top && cy < bottom ? box : null;
}

/** The lines of `lines` inside the box (by their centres). */
export function linesInside(lines: Line[], box: Box): Line[] {
  return lines.filter((l) => {
    const x = centerX(l);
    const y = centerY(l);
    return x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1;
  });
}
