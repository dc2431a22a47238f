// Lines outside tables → paragraphs. A paragraph ends at a short line, a wide gap, a change of
// font size, or before an indented line or a numbered heading.

import type { TextBlock } from '../../model/document';
import { union, type Box } from './geometry';
import type { Line } from './lines';
import { joinLines } from './text';

export interface Paragraph extends Box {
  block: TextBlock;
  /** The last line runs to the right margin: the paragraph may go on on the next page. */
  open: boolean;
  /** The first line starts at the left margin (no first-line indent). */
  flush: boolean;
}

export const HEADING_START = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])/;

/** Text margins of a page: the leftmost start and rightmost end of its longer lines. */
export function margins(lines: Line[]): { left: number; right: number } {
  const long = lines.filter((l) => [...l.text].length >= 8);
  const use = long.length ? long : lines;
  return { left: Math.min(...use.map((l) => l.x0)), right: Math.max(...use.map((l) => l.x1)) };
}

/** `breaks`: y positions (tables) that end any paragraph open above them. */
export function buildParagraphs(
  lines: Line[],
  page: number,
  bodySize: number,
  edges: { left: number; right: number },
  breaks: number[],
): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Line[] = [];
  const flushCur = () => {
    if (!cur.length) return;
    let box: Box = { ...cur[0]! };
    for (const l of cur) box = union(box, l);
    const first = cur[0]!;
    const last = cur[cur.length - 1]!;
    const text = joinLines(cur.map((l) => l.text));
    const block: TextBlock = {
      kind: 'text',
      text,
      ref: { kind: 'pdf', page, x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 },
    };
    if (cur.length === 1 && first.size >= 1.15 * bodySize && [...text].length <= 60) block.heading = true;
    out.push({
      ...box,
      block,
      open: last.x1 >= edges.right - 1.5 * last.size,
      flush: first.x0 <= edges.left + 0.5 * first.size,
    });
    cur = [];
  };
  for (const line of lines) {
    const prev = cur[cur.length - 1];
    if (prev && startsNew(prev, line, edges) ) flushCur();
    else if (prev && breaks.some((y) => y > prev.y0 && y < line.y1)) flushCur();
    cur.push(line);
  }
  flushCur();
  return out;
}

function startsNew(prev: Line, line: Line, edges: { left: number; right: number }): boolean {
  const size = Math.min(prev.size, line.size);
  if (line.y0 - prev.y1 > 1.2 * Math.max(prev.size, line.size)) return true;
  if (Math.abs(prev.size - line.size) > 0.15 * size) return true;
  if (prev.x1 < edges.right - 2 * prev.size) return true;
  if (line.x0 > edges.left + 1.2 * line.size) return true;
  return HEADING_START.test(line.text);
}
