// The pdf.js surface the extractor uses, and the text unit it works with.

import type * as PdfJsModule from 'pdfjs-dist';
import type { Box } from './geometry';

/** The pdf.js module: the legacy build in Node, the regular build in the extension. */
export type PdfJsLib = Pick<typeof PdfJsModule, 'getDocument' | 'OPS'>;

export type PdfPage = PdfJsModule.PDFPageProxy;

/** A piece of text with its box in viewport space (see geometry.ts). */
export interface Run extends Box {
  text: string;
  /** Font size in points. */
  size: number;
  /** Set by a vertical (Identity-V) font. */
  vertical?: boolean;
}
