// Node adapter of the PDF extractor: loads pdf.js's legacy build (the modern one needs browser
// APIs) on first use, with the package's CMaps and standard fonts read from disk.

import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { constants, inflateSync } from 'node:zlib';
import { extractPdf, type PdfJsLib } from '../extract/pdf/index';
import type { ExtractedDoc, SourceInfo } from '../model/document';

export { PdfExtractError } from '../extract/pdf/index';

let loaded: Promise<{ pdfjs: PdfJsLib; cMapUrl: string; standardFontDataUrl: string }> | null = null;

function load() {
  loaded ??= (async () => {
    const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as PdfJsLib;
    // pdf.js in Node reads these with fs.readFile(folder + name): plain paths, trailing separator.
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { pdfjs, cMapUrl: join(root, 'cmaps') + sep, standardFontDataUrl: join(root, 'standard_fonts') + sep };
  })();
  return loaded;
}

/** Like pdf.js, keep what a damaged stream still yields instead of failing. */
const inflate = (data: Uint8Array) => inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH });

export async function extractPdfBytes(bytes: Uint8Array, source: SourceInfo): Promise<ExtractedDoc> {
  const { pdfjs, cMapUrl, standardFontDataUrl } = await load();
  return extractPdf(bytes, source, pdfjs, { cMapUrl, standardFontDataUrl, inflate });
}
