// pdf.js text items → runs with boxes in viewport space.

import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { apply, boxOf, type Matrix } from './geometry';
import { cleanText } from './text';
import type { Run } from './types';

// The part of the em box above and below the baseline, for CJK fonts.
const ASCENT = 0.88;
const DESCENT = 0.12;

export function runsFromText(content: TextContent, viewport: Matrix): Run[] {
  const runs: Run[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const text = cleanText(item.str).trim();
    if (!text) continue;
    const vertical = content.styles[item.fontName]?.vertical === true;
    const run = vertical ? verticalRun(item, viewport) : horizontalRun(item, viewport);
    if (run) runs.push({ ...run, text });
  }
  return runs;
}

function horizontalRun(item: TextItem, viewport: Matrix): Omit<Run, 'text'> | null {
  const [a, b, c, d, e, f] = item.transform as number[];
  if (![a, b, c, d, e, f].every((v) => Number.isFinite(v))) return null;
  const size = Math.hypot(c!, d!) || item.height;
  const along = Math.hypot(a!, b!) || 1;
  if (!(size > 0)) return null;
  const ux = a! / along;
  const uy = b! / along;
  const vx = c! / (Math.hypot(c!, d!) || 1);
  const vy = d! / (Math.hypot(c!, d!) || 1);
  const w = item.width;
  const lo = -DESCENT * size;
  const hi = ASCENT * size;
  const corners: [number, number][] = [
    [e! + vx * lo, f! + vy * lo],
    [e! + vx * hi, f! + vy * hi],
    [e! + ux * w + vx * lo, f! + uy * w + vy * lo],
    [e! + ux * w + vx * hi, f! + uy * w + vy * hi],
  ].map(([x, y]) => apply(viewport, x!, y!));
  return { ...boxOf(corners), size };
}

// pdf.js places a vertical run at the top of its column, centred on x, running down.
function verticalRun(item: TextItem, viewport: Matrix): Omit<Run, 'text'> | null {
  const [, , , , e, f] = item.transform as number[];
  if (!Number.isFinite(e) || !Number.isFinite(f)) return null;
  const size = item.width || 1;
  const corners: [number, number][] = [
    apply(viewport, e! - size / 2, f!),
    apply(viewport, e! + size / 2, f! - Math.max(item.height, size)),
  ];
  return { ...boxOf(corners), size, vertical: true };
}
