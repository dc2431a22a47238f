// The original file from the viewer: saved from the bytes already read (no second download),
// printed page by page as pdf.js renders them at print resolution.

import type { PDFDocumentProxy } from 'pdfjs-dist';

export function fileName(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || 'document.pdf';
  } catch {
    return 'document.pdf';
  }
}

export function downloadBytes(data: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const PRINT_DPI = 150;

/** Renders every page into an image of the print container, prints, then removes them. */
export async function printDocument(doc: PDFDocumentProxy): Promise<void> {
  const holder = document.createElement('div');
  holder.id = 'print-container';
  const urls: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: PRINT_DPI / 72 });
      const canvas = document.createElement('canvas');
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport, intent: 'print' }).promise;
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve));
      if (!blob) continue;
      const img = document.createElement('img');
      urls.push((img.src = URL.createObjectURL(blob)));
      const sheet = document.createElement('div');
      sheet.className = 'print-page';
      sheet.append(img);
      holder.append(sheet);
      await img.decode().catch(() => {});
    }
    document.body.append(holder);
    document.body.classList.add('printing');
    window.print();
  } finally {
    document.body.classList.remove('printing');
    holder.remove();
    for (const u of urls) URL.revokeObjectURL(u);
  }
}
