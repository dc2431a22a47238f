// pdf.js in the extension: the regular build with its worker bundled, CMaps and standard fonts
// copied into the extension at build time (wxt.config.ts). The viewer components of
// pdfjs-dist/web/pdf_viewer read the library from globalThis.pdfjsLib, so this module must be
// evaluated before they are imported.

import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';

declare global {
  var pdfjsLib: typeof pdfjs | undefined;
}

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
globalThis.pdfjsLib = pdfjs;

export { pdfjs };

const dataUrl = (dir: string) => browser.runtime.getURL(`/pdfjs/${dir}/` as '/');

let worker: pdfjs.PDFWorker | null = null;

/**
 * Starts pdf.js's worker (a large script to load and compile) while the file is still being
 * fetched, so that opening the document does not wait for it.
 */
export function startPdfWorker(): void {
  worker ??= new pdfjs.PDFWorker();
}

/** Opens the one pdf.js document that the pages and the audit both read. */
export function openDocument(data: Uint8Array) {
  startPdfWorker();
  return pdfjs.getDocument({
    worker: worker!,
    data, // pdf.js takes over (detaches) this buffer
    cMapUrl: dataUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dataUrl('standard_fonts'),
    enableXfa: false,
  });
}
