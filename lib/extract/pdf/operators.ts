// One pass over a page's pdf.js operator list: ruling segments and the glyphs of vertical fonts,
// whose positions pdf.js's getTextContent gets wrong (it drops most of an Identity-V label).

import { multiply, toMatrix, type Matrix } from './geometry';
import { addPath, type Segment } from './segments';
import { TextState } from './text-state';
import type { PdfJsLib, Run } from './types';

export interface PageGraphics {
  segments: Segment[];
  /** Glyphs of vertical fonts, one run each. */
  verticalGlyphs: Run[];
  /** Images drawn (counted by the direct reader only). */
  images?: number;
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
  const text = new TextState();
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const wantText = verticalFonts.size > 0;

  const showGlyphs = (glyphs: unknown) => {
    if (!Array.isArray(glyphs)) return;
    const vertical = verticalFonts.has(text.font);
    for (const g of glyphs as (Glyph | number | null)[]) {
      if (typeof g === 'number') text.adjust(g, vertical);
      else if (g) {
        const run = text.show({ unicode: g.unicode ?? '', width: g.width ?? (vertical ? 1000 : 0), vmetric: g.vmetric, isSpace: g.isSpace }, vertical, ctm);
        if (run) verticalGlyphs.push(run);
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
    const n = (k: number) => Number(args?.[k]) || 0;
    switch (fn) {
      case OPS.beginText:
        text.begin();
        break;
      case OPS.setFont:
        text.font = String(args?.[0] ?? '');
        text.size = n(1);
        break;
      case OPS.setTextMatrix: {
        const m = toMatrix((args && args.length >= 6 ? args : args?.[0]) as number[]);
        if (m) text.setMatrix(m);
        break;
      }
      case OPS.moveText:
        text.move(n(0), n(1));
        break;
      case OPS.setLeadingMoveText:
        text.leading = -n(1);
        text.move(n(0), n(1));
        break;
      case OPS.nextLine:
        text.nextLine();
        break;
      case OPS.setLeading:
        text.leading = n(0);
        break;
      case OPS.setCharSpacing:
        text.charSpacing = n(0);
        break;
      case OPS.setWordSpacing:
        text.wordSpacing = n(0);
        break;
      case OPS.setHScale:
        text.hScale = (Number(args?.[0]) || 100) / 100;
        break;
      case OPS.setTextRise:
        text.rise = n(0);
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        showGlyphs(args?.[0]);
        break;
      case OPS.nextLineShowText:
        text.nextLine();
        showGlyphs(args?.[0]);
        break;
      case OPS.nextLineSetSpacingShowText:
        text.wordSpacing = n(0);
        text.charSpacing = n(1);
        text.nextLine();
        showGlyphs(args?.[2]);
        break;
    }
  }
}
