// Node adapter of the PDF extractor: loads pdf.js's legacy build (the modern one needs browser
// APIs) on first use, with the package's CMaps and standard fonts read from disk.

import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { DirectReader } from '../extract/pdf/direct';
import { extractPdf, type PdfJsLib } from '../extract/pdf/index';
import type { ExtractedDoc, SourceInfo } from '../model/document';
import { threadedReader } from './graphics-client';
import { inflate } from './inflate';
import { pdfThreads } from './pdf-threads';

export { PdfExtractError } from '../extract/pdf/index';

let loaded: Promise<{ pdfjs: PdfJsLib; cMapUrl: string; standardFontDataUrl: string }> | null = null;

/**
 * pdf.js rejects some internal promises that nothing awaits (a damaged cross-reference read by a
 * prefetch, found by the fuzzer) while the calls we make get their own answer. In Node an
 * unhandled rejection ends the thread: ignore those that come from pdf.js, rethrow any other.
 */
function ignorePdfjsStrayRejections() {
  process.on('unhandledRejection', (reason) => {
    if (reason instanceof Error && /[\\/]pdfjs-dist[\\/]/.test(reason.stack ?? '')) return;
    throw reason;
  });
}

function load() {
  loaded ??= (async () => {
    ignorePdfjsStrayRejections();
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as PdfJsLib;
    // pdf.js in Node reads these with fs.readFile(folder + name): plain paths, trailing separator.
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { pdfjs, cMapUrl: join(root, 'cmaps') + sep, standardFontDataUrl: join(root, 'standard_fonts') + sep };
  })();
  return loaded;
}

export async function extractPdfBytes(bytes: Uint8Array, source: SourceInfo): Promise<ExtractedDoc> {
  // The second thread starts before pdf.js loads: its own start-up overlaps that load.
  const second: DirectReader | null = pdfThreads.second ? threadedReader(bytes) : null;
  try {
    const { pdfjs, cMapUrl, standardFontDataUrl } = await load();
    return await extractPdf(bytes, source, pdfjs, { cMapUrl, standardFontDataUrl, inflate, reader: second ? () => second : undefined });
  } finally {
    second?.close();
  }
}
