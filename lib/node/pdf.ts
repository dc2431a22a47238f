// Node adapter of the PDF extractor: loads pdf.js's legacy build (the modern one needs browser
// APIs) on first use, with the package's CMaps and standard fonts read from disk.

import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { constants, inflateSync } from 'node:zlib';
import { extractPdf, type PdfJsLib } from '../extract/pdf/index';
import { tooBig } from '../extract/pdf/raw/inflate';
import type { ExtractedDoc, SourceInfo } from '../model/document';

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

/** Like pdf.js, keep what a damaged stream still yields instead of failing; stop at maxBytes. */
function inflate(data: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: maxBytes });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig(maxBytes);
    throw e;
  }
}

export async function extractPdfBytes(bytes: Uint8Array, source: SourceInfo): Promise<ExtractedDoc> {
  const { pdfjs, cMapUrl, standardFontDataUrl } = await load();
  return extractPdf(bytes, source, pdfjs, { cMapUrl, standardFontDataUrl, inflate });
}
