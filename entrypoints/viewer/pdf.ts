// pdf.js in the extension: the regular build, its worker bundled, CMaps and standard fonts copied
// into the extension at build time (wxt.config.ts).

import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';
import { audit } from '@/lib/audit/index';
import { extractPdf } from '@/lib/extract/pdf/index';
import type { AuditOutcome } from '@/lib/audit/index';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

const dataUrl = (dir: string) => browser.runtime.getURL(`/pdfjs/${dir}/` as '/');

export function fileName(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || url;
  } catch {
    return url;
  }
}

export async function auditPdf(data: Uint8Array, url: string, lang: 'zh' | 'en'): Promise<AuditOutcome> {
  const source = { kind: 'pdf' as const, name: fileName(url), url };
  const doc = await extractPdf(data, source, pdfjs, {
    cMapUrl: dataUrl('cmaps'),
    standardFontDataUrl: dataUrl('standard_fonts'),
  });
  return audit(doc, { lang });
}

export interface RenderedPage {
  pageNo: number;
  canvas: HTMLCanvasElement;
  scale: number;
}

/** Draws every page into a canvas, one after the other, calling back as each is ready. */
export async function renderPages(data: Uint8Array, scale: number, onPage: (p: RenderedPage) => void): Promise<void> {
  const task = pdfjs.getDocument({
    data: data.slice(),
    cMapUrl: dataUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dataUrl('standard_fonts'),
  });
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, viewport }).promise;
      onPage({ pageNo: n, canvas, scale });
    }
  } finally {
    await task.destroy();
  }
}
