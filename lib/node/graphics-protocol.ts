// Messages between a checker thread reading a PDF's text with pdf.js and the second thread that
// reads the same file's ruling lines (graphics-thread.ts, graphics-client.ts).
//
// Both ends are this bundle in this process; what crosses is plain numbers and strings the reader
// made, never the file's own objects. The receiving end checks each message's shape with the
// guards below, not with zod: loading zod would cost the pdf.js thread ~15 ms of the very time
// this second thread exists to save (the audit itself is validated with zod where the main
// thread reads it, lib/cli/outcome.ts).

import type { Matrix } from '../extract/pdf/geometry';
import type { PageGraphics } from '../extract/pdf/operators';

export interface GraphicsThreadData {
  data: Uint8Array;
}

export interface PageRequest {
  index: number;
  viewport: Matrix;
}

export type GraphicsReply =
  | { type: 'opened'; pages: number | null }
  | { type: 'too-complex'; what: string }
  | { type: 'graphics'; index: number; graphics: PageGraphics }
  | { type: 'failed'; index: number; budget: boolean; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function isPageRequest(v: unknown): v is PageRequest {
  return isObject(v) && Number.isInteger(v.index) && Array.isArray(v.viewport) && v.viewport.length === 6 && v.viewport.every(isNumber);
}

function isGraphics(v: unknown): v is PageGraphics {
  if (!isObject(v) || !Array.isArray(v.segments) || !Array.isArray(v.verticalGlyphs)) return false;
  if (v.images !== undefined && !isNumber(v.images)) return false;
  const segmentOk = (s: unknown) => isObject(s) && typeof s.horizontal === 'boolean' && isNumber(s.at) && isNumber(s.from) && isNumber(s.to);
  const runOk = (r: unknown) =>
    isObject(r) && typeof r.text === 'string' && isNumber(r.size) && isNumber(r.x0) && isNumber(r.y0) && isNumber(r.x1) && isNumber(r.y1) && (r.vertical === undefined || typeof r.vertical === 'boolean');
  return v.segments.every(segmentOk) && v.verticalGlyphs.every(runOk);
}

export function isGraphicsReply(v: unknown): v is GraphicsReply {
  if (!isObject(v)) return false;
  switch (v.type) {
    case 'opened':
      return v.pages === null || Number.isInteger(v.pages);
    case 'too-complex':
      return typeof v.what === 'string';
    case 'graphics':
      return Number.isInteger(v.index) && isGraphics(v.graphics);
    case 'failed':
      return Number.isInteger(v.index) && typeof v.budget === 'boolean' && typeof v.message === 'string';
    default:
      return false;
  }
}
