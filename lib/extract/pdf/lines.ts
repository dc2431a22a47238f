// Runs → lines (runs sharing a baseline band), and lines → segments split at wide gaps.

import { overlap, union, type Box } from './geometry';
import { needsSpace } from './text';
import type { Run } from './types';

export interface Line extends Box {
  /** Left to right. */
  runs: Run[];
  /** Largest font size on the line. */
  size: number;
  text: string;
}

/** Group runs into lines, top to bottom; runs within a line left to right. */
export function groupLines(runs: Run[]): Line[] {
  const sorted = [...runs].sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1) || a.x0 - b.x0);
  const lines: { box: Box; core: [number, number]; runs: Run[] }[] = [];
  for (const run of sorted) {
    const h = run.y1 - run.y0;
    let best: (typeof lines)[number] | null = null;
    let bestShare = 0.5;
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i]!;
      if (line.core[1] < run.y0 - h) break;
      const share = overlap(run.y0, run.y1, line.core[0], line.core[1]) / Math.min(h, line.core[1] - line.core[0]);
      if (share > bestShare && !collides(line.runs, run)) {
        best = line;
        bestShare = share;
      }
    }
    if (best) {
      best.runs.push(run);
      best.box = union(best.box, run);
    } else {
      lines.push({ box: { ...run }, core: [run.y0, run.y1], runs: [run] });
    }
  }
  return lines
    .map((l) => makeLine(l.runs))
    .sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/** A run that overlaps a run of the line horizontally belongs to another line (stacked text). */
function collides(runs: Run[], run: Run): boolean {
  for (const r of runs) {
    const o = overlap(r.x0, r.x1, run.x0, run.x1);
    if (o > 0.5 * Math.min(r.x1 - r.x0, run.x1 - run.x0) && !isEcho(r, run)) return true;
  }
  return false;
}

/** Fake bold: the same text printed twice a fraction of a point apart. */
function isEcho(a: Run, b: Run): boolean {
  return a.text === b.text && Math.abs(a.x0 - b.x0) < 1.5 && Math.abs(a.y0 - b.y0) < 1.5;
}

export function makeLine(runs: Run[]): Line {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0);
  const kept: Run[] = [];
  for (const r of sorted) if (!kept.some((k) => isEcho(k, r))) kept.push(r);
  let box: Box = { ...kept[0]! };
  for (const r of kept) box = union(box, r);
  return { ...box, runs: kept, size: Math.max(...kept.map((r) => r.size)), text: joinRuns(kept, true) };
}

/**
 * Join runs of one line: a space for a real gap between Latin or digit runs; with `wideGaps`,
 * also where runs stand a whole em apart (separate fields), whatever the script.
 */
export function joinRuns(runs: Run[], wideGaps = false): string {
  let out = '';
  let prev: Run | null = null;
  for (const r of runs) {
    if (prev && out) {
      const gap = r.x0 - prev.x1;
      const size = Math.min(prev.size, r.size);
      if ((wideGaps && gap > size) || (gap > 0.15 * size && needsSpace(out, r.text))) out += ' ';
    }
    out += r.text;
    prev = r;
  }
  return out.trim();
}

/**
 * Split a line where runs stand apart: by more than `em` times the font size, or by a third of
 * it between two numbers (values in adjacent narrow columns).
 */
export function splitAtGaps(line: Line, em = 1): Run[][] {
  const parts: Run[][] = [];
  let cur: Run[] = [];
  for (const r of line.runs) {
    const last = cur[cur.length - 1];
    if (last) {
      const gap = r.x0 - last.x1;
      const size = Math.min(last.size, r.size);
      // A third of an em is enough between two numbers, or before a number standing alone after
      // a CJK label (a value in the next column of a table without borders).
      const apart = gap > size / 3 && DIGIT_START.test(r.text) && (DIGIT_END.test(last.text) || (CJK_END.test(last.text) && NUMBER_ONLY.test(r.text)));
      if (gap > em * size || apart) {
        parts.push(cur);
        cur = [];
      }
    }
    cur.push(r);
  }
  if (cur.length) parts.push(cur);
  return parts;
}

const DIGIT_END = /\d$/;
const DIGIT_START = /^\d/;
const CJK_END = /[\u3400-\u9fff）)]$/;
const NUMBER_ONLY = /^\d[\d,.]*$/;
