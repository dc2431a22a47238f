// One pass over a page's operator list: ruling segments (stroked lines, thin filled rectangles)
// and the glyphs of vertical fonts, whose positions pdf.js's getTextContent gets wrong.

import { apply, boxOf, IDENTITY, multiply, toMatrix, type Matrix } from './geometry';
import { cleanText } from './text';
import type { PdfJsLib, Run } from './types';

/** A ruling line: `at` is y for a horizontal one, x for a vertical one; [from, to] its extent. */
export interface Segment {
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

export interface PageGraphics {
  segments: Segment[];
  /** Glyphs of the fonts named in `verticalFonts`, one run each. */
  verticalGlyphs: Run[];
}

interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

interface Glyph {
  unicode?: string;
  width?: number;
  vmetric?: number[] | null;
  isSpace?: boolean;
}

/** Thicker than this a filled rectangle is shading, not a line. */
const THIN = 3;
const MIN_LENGTH = 2;
const ALIGN = 1;

export function readOperators(
  list: OperatorList,
  OPS: PdfJsLib['OPS'],
  viewport: Matrix,
  verticalFonts: ReadonlySet<string>,
): PageGraphics {
  const segments: Segment[] = [];
  const verticalGlyphs: Run[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = viewport;
  const text = { tm: IDENTITY, tlm: IDENTITY, font: '', size: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0 };
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const wantText = verticalFonts.size > 0;

  const moveText = (tx: number, ty: number) => {
    text.tlm = multiply(text.tlm, [1, 0, 0, 1, tx, ty]);
    text.tm = text.tlm;
  };

  const showGlyphs = (glyphs: unknown) => {
    if (!Array.isArray(glyphs)) return;
    const vertical = verticalFonts.has(text.font);
    const fs = text.size;
    for (const g of glyphs as (Glyph | number | null)[]) {
      if (typeof g === 'number') {
        const d = (-g / 1000) * fs;
        text.tm = multiply(text.tm, vertical ? [1, 0, 0, 1, 0, d] : [1, 0, 0, 1, d * text.hScale, 0]);
        continue;
      }
      if (!g) continue;
      const spacing = text.charSpacing + (g.isSpace ? text.wordSpacing : 0);
      if (vertical) {
        const [w1 = -1000, vx = (g.width ?? 1000) / 2, vy = 880] = g.vmetric ?? [];
        const m = multiply(ctm, text.tm);
        const hx = -vx / 1000;
        const hy = -vy / 1000 + text.rise / (fs || 1);
        const w = (g.width ?? 1000) / 1000;
        const corners: [number, number][] = [
          apply(m, hx * fs, (hy - 0.12) * fs),
          apply(m, (hx + w) * fs, (hy + 0.88) * fs),
        ];
        const t = cleanText(g.unicode ?? '').trim();
        if (t) verticalGlyphs.push({ ...boxOf(corners), text: t, size: fs * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])), vertical: true });
        text.tm = multiply(text.tm, [1, 0, 0, 1, 0, (w1 / 1000) * fs + spacing]);
      } else {
        const tx = (((g.width ?? 0) / 1000) * fs + spacing) * text.hScale;
        text.tm = multiply(text.tm, [1, 0, 0, 1, tx, 0]);
      }
    }
  };

  const { fnArray, argsArray } = list;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.transform: {
        const m = toMatrix(args as number[]);
        if (m) ctm = multiply(ctm, m);
        break;
      }
      case OPS.paintFormXObjectBegin: {
        stack.push(ctm);
        const m = toMatrix(args?.[0] as number[] | null);
        if (m) ctm = multiply(ctm, m);
        break;
      }
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm;
        break;
      case OPS.constructPath: {
        const op = args?.[0] as number;
        const data = (args?.[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | undefined;
        if (data && (strokes.has(op) || fills.has(op))) addPath(data, ctm, strokes.has(op), fills.has(op), segments);
        break;
      }
      default:
        if (wantText) handleText(fn, args);
    }
  }
  return { segments, verticalGlyphs };

  function handleText(fn: number | undefined, args: unknown[] | null) {
    switch (fn) {
      case OPS.beginText:
        text.tm = IDENTITY;
        text.tlm = IDENTITY;
        break;
      case OPS.setFont:
        text.font = String(args?.[0] ?? '');
        text.size = Number(args?.[1]) || 0;
        break;
      case OPS.setTextMatrix: {
        const m = toMatrix((args && args.length >= 6 ? args : args?.[0]) as number[]);
        if (m) text.tm = text.tlm = m;
        break;
      }
      case OPS.moveText:
        moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
        break;
      case OPS.setLeadingMoveText:
        text.leading = -(Number(args?.[1]) || 0);
        moveText(Number(args?.[0]) || 0, Number(args?.[1]) || 0);
        break;
      case OPS.nextLine:
        moveText(0, -text.leading);
        break;
      case OPS.setLeading:
        text.leading = Number(args?.[0]) || 0;
        break;
      case OPS.setCharSpacing:
        text.charSpacing = Number(args?.[0]) || 0;
        break;
      case OPS.setWordSpacing:
        text.wordSpacing = Number(args?.[0]) || 0;
        break;
      case OPS.setHScale:
        text.hScale = (Number(args?.[0]) || 100) / 100;
        break;
      case OPS.setTextRise:
        text.rise = Number(args?.[0]) || 0;
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        showGlyphs(args?.[0]);
        break;
      case OPS.nextLineShowText:
        moveText(0, -text.leading);
        showGlyphs(args?.[0]);
        break;
      case OPS.nextLineSetSpacingShowText:
        text.wordSpacing = Number(args?.[0]) || 0;
        text.charSpacing = Number(args?.[1]) || 0;
        moveText(0, -text.leading);
        showGlyphs(args?.[2]);
        break;
    }
  }
}

/** Path codes of pdf.js's DrawOPS. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

function addPath(data: ArrayLike<number>, ctm: Matrix, stroke: boolean, fill: boolean, out: Segment[]) {
  let sub: [number, number][] = [];
  let curved = false;
  const flush = (closed: boolean) => {
    if (sub.length >= 2) {
      if (fill && !curved && isRectangle(sub)) addFilledRect(sub, out);
      if (stroke) {
        for (let k = 1; k < sub.length; k++) addEdge(sub[k - 1]!, sub[k]!, out);
        if (closed) addEdge(sub[sub.length - 1]!, sub[0]!, out);
      }
    }
    sub = [];
    curved = false;
  };
  for (let i = 0; i < data.length; ) {
    const code = data[i++];
    if (code === MOVE) {
      flush(false);
      sub.push(apply(ctm, data[i]!, data[i + 1]!));
      i += 2;
    } else if (code === LINE) {
      sub.push(apply(ctm, data[i]!, data[i + 1]!));
      i += 2;
    } else if (code === CURVE) {
      curved = true;
      flush(false);
      sub.push(apply(ctm, data[i + 4]!, data[i + 5]!));
      i += 6;
    } else if (code === QUAD) {
      curved = true;
      flush(false);
      sub.push(apply(ctm, data[i + 2]!, data[i + 3]!));
      i += 4;
    } else if (code === CLOSE) {
      const start = sub[0];
      flush(true);
      if (start) sub.push(start);
    } else {
      break;
    }
  }
  flush(false);
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
