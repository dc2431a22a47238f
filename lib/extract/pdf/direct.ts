// The file's own content streams, read without pdf.js (raw/): first every stream checked against
// the inflate limits (before pdf.js, which has no output limit, inflates a bomb), then a page's
// ruling lines when asked. `localReader` reads them in this thread; the checker may read them in
// a second thread while pdf.js reads the text in this one (lib/node/graphics-thread.ts).

import { BudgetExceeded } from './budgets';
import { PdfExtractError } from './errors';
import type { Matrix } from './geometry';
import type { PageGraphics } from './operators';
import { contentGraphics } from './raw/content';
import type { Inflate } from './raw/inflate';
import { RawPdf } from './raw/objects';

export interface DirectReader {
  /**
   * Opens the file and checks every stream: its page count, or null when the file needs pdf.js
   * (encryption, an odd cross-reference…). Throws PdfExtractError('too-complex') past a limit.
   */
  open(): Promise<number | null>;
  /** This page's lines will be asked for: a reader in another thread may start on them now. */
  prefetch(pageIndex: number, viewport: Matrix): void;
  /** Throws BudgetExceeded past a page budget; any other error means "ask pdf.js". */
  graphics(pageIndex: number, viewport: Matrix): Promise<PageGraphics>;
  close(): void;
}

export type DirectReaderFactory = (data: Uint8Array, inflate?: Inflate) => DirectReader;

/** Opens `data` for direct reading: the reader and its page count, or null (see DirectReader.open). */
export async function openDirect(data: Uint8Array, inflate?: Inflate): Promise<{ raw: RawPdf; pages: number } | null> {
  const raw = new RawPdf(data, inflate);
  try {
    await raw.open();
    await raw.checkStreams();
  } catch (e) {
    if (e instanceof BudgetExceeded) throw new PdfExtractError('too-complex', e.what);
    return null;
  }
  return { raw, pages: (await raw.pages().catch(() => [])).length };
}

export const localReader: DirectReaderFactory = (data, inflate) => {
  let raw: RawPdf | null = null;
  return {
    async open() {
      const opened = await openDirect(data, inflate);
      raw = opened?.raw ?? null;
      return opened?.pages ?? null;
    },
    prefetch() {},
    graphics(pageIndex, viewport) {
      if (!raw) return Promise.reject(new Error('not readable directly'));
      return contentGraphics(raw, pageIndex, viewport);
    },
    close() {},
  };
};
