// PDF → ExtractedDoc with the pdf.js module passed in (Node's legacy build in the checker, the
// regular build in the extension). Text of every page first; ruling lines only for pages whose
// text looks tabular, read from the content stream directly (raw/) or from pdf.js's operator list.
// Refs ({ kind: 'pdf', page, x, y, width, height }): page from 1, a box in PDF points with the
// origin at the top-left of the page as displayed (pdf.js viewport at scale 1, y downward).

import type { Block, ExtractedDoc, SourceInfo } from '../../model/document';
import { BudgetExceeded } from './budgets';
import { PdfExtractError } from './errors';
import { inBand, repeatedMarginLines } from './furniture';
import { toMatrix } from './geometry';
import { groupLines } from './lines';
import { joinPages } from './merge';
import { drawsImage, looksTabular, readPage, type PageText, type Placed } from './page';
import type { Inflate } from './raw/inflate';
import { RawPdf } from './raw/objects';
import { runsFromText } from './runs';
import type { PdfJsLib } from './types';

export { PdfExtractError } from './errors';
export type { PdfErrorCode } from './errors';
export type { PdfJsLib } from './types';

export interface PdfOptions {
  /** Folder of pdf.js's packed CMaps (with a trailing slash); Chinese text needs them. */
  cMapUrl?: string;
  /** Folder of pdf.js's standard fonts (with a trailing slash). */
  standardFontDataUrl?: string;
  maxBytes?: number;
  maxPages?: number;
  /** zlib inflate for the direct content reader (Node's is faster than DecompressionStream). */
  inflate?: Inflate;
  /** Tests only: ignore ruling lines, so every table comes from text positions. */
  rulings?: boolean;
  /** Tests only: false reads ruling lines from pdf.js operator lists, never the file directly. */
  direct?: boolean;
}

export const MAX_PDF_BYTES = 50 * 1024 * 1024;
export const MAX_PDF_PAGES = 300;

export async function extractPdf(
  data: Uint8Array,
  source: SourceInfo,
  pdfjs: PdfJsLib,
  opts: PdfOptions = {},
): Promise<ExtractedDoc> {
  const maxBytes = opts.maxBytes ?? MAX_PDF_BYTES;
  if (data.byteLength > maxBytes) {
    throw new PdfExtractError('too-large', `${mb(data.byteLength)} MB，上限 ${mb(maxBytes)} MB`);
  }
  // The file's own structure first: a decompression bomb must be refused before pdf.js, which
  // has no output limit, inflates it.
  const raw = opts.direct === false ? null : await openRaw(data, opts.inflate);
  const task = pdfjs.getDocument({
    data: data.slice(), // pdf.js takes over (detaches) the buffer it is given
    cMapUrl: opts.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: opts.standardFontDataUrl,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    maxImageSize: 1, // images are never read: skip decoding them in operator lists
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise.catch((e: unknown) => {
      throw openError(e);
    });
    const maxPages = opts.maxPages ?? MAX_PDF_PAGES;
    if (doc.numPages > maxPages) throw new PdfExtractError('too-large', `${doc.numPages} 页，上限 ${maxPages} 页`);

    const notes: string[] = [];
    const texts: (PageText | null)[] = [];
    for (let n = 1; n <= doc.numPages; n++) texts.push(await readText(doc, n, notes));
    if (texts.every((t) => t === null)) throw new PdfExtractError('broken', notes[0]);
    if (!texts.some((t) => t && t.runs.length)) throw new PdfExtractError('no-text');

    const live = texts.filter((t): t is PageText => t !== null);
    const repeated = repeatedMarginLines(live.map((t) => t.lines.filter((l) => inBand(l, t.height))));
    const bodySize = typicalSize(live);
    const direct = raw && (await raw.pages().catch(() => [])).length === doc.numPages ? raw : null;
    const rawPdf = () => Promise.resolve(direct);
    const pages: Placed[][] = [];
    for (const [i, t] of texts.entries()) {
      if (!t) continue;
      const next = texts[i + 1];
      const tableFollows = !!next && looksTabular(next.lines, next.runs);
      const pageOpts = { OPS: pdfjs.OPS, raw: rawPdf, repeated, bodySize, rulings: opts.rulings ?? true, tableFollows };
      if (!t.runs.length) {
        if (await drawsImage(t, pageOpts)) {
          pages.push([{ top: 0, block: { kind: 'image', ref: { kind: 'pdf', page: t.pageNo, x: 0, y: 0, width: t.width, height: t.height } } }]);
          notes.push(`第 ${t.pageNo} 页没有文本层（可能是扫描图片），该页内容无法读取`);
        }
        continue;
      }
      try {
        const page = await readPage(t, pageOpts);
        pages.push(page.placed);
        notes.push(...page.notes);
      } catch (e) {
        notes.push(`第 ${t.pageNo} 页的表格线无法读取（${reason(e)}），该页按纯文本处理`);
        const page = await readPage(t, { ...pageOpts, rulings: false });
        pages.push(page.placed);
      }
      // Pages are read one after the other: release what pdf.js holds for this one (its
      // operator list, fonts) before the next; only our lines and blocks are kept.
      t.page.cleanup();
    }
    const blocks: Block[] = joinPages(pages).map((p) => p.block);
    return { source, metaTitle: await metaTitle(doc), published: null, blocks, notes: [...new Set(notes)] };
  } finally {
    await task.destroy();
  }
}

type PdfDoc = Awaited<ReturnType<PdfJsLib['getDocument']>['promise']>;

async function readText(doc: PdfDoc, n: number, notes: string[]): Promise<PageText | null> {
  try {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    page.cleanup(); // the runs below are all that is kept of this read
    const matrix = toMatrix(viewport.transform)!;
    const runs = runsFromText(content, matrix);
    const verticalFonts = new Set(Object.entries(content.styles).filter(([, s]) => s.vertical).map(([name]) => name));
    return { pageNo: n, page, viewport: matrix, width: viewport.width, height: viewport.height, runs, lines: groupLines(runs), verticalFonts };
  } catch (e) {
    notes.push(`第 ${n} 页无法读取（${reason(e)}）`);
    return null;
  }
}

/**
 * The direct content-stream reader with every stream checked against the inflate limits, or null
 * when this file needs pdf.js (encryption, odd xref…). A stream past the limits refuses the file.
 */
async function openRaw(data: Uint8Array, inflate?: Inflate): Promise<RawPdf | null> {
  const raw = new RawPdf(data, inflate);
  try {
    await raw.open();
    await raw.checkStreams();
    return raw;
  } catch (e) {
    if (e instanceof BudgetExceeded) throw new PdfExtractError('too-complex', e.what);
    return null;
  }
}

/** The font size most of the text is set in (weighted by characters). */
function typicalSize(pages: PageText[]): number {
  const weight = new Map<number, number>();
  for (const p of pages) {
    for (const r of p.runs) {
      const s = Math.round(r.size * 2) / 2;
      weight.set(s, (weight.get(s) ?? 0) + r.text.length);
    }
  }
  let best = 12;
  let most = 0;
  for (const [s, w] of weight) if (w > most) [best, most] = [s, w];
  return best;
}

async function metaTitle(doc: PdfDoc): Promise<string | null> {
  try {
    const { info } = await doc.getMetadata();
    const title = (info as { Title?: unknown } | null)?.Title;
    return typeof title === 'string' && title.trim() ? title.trim() : null;
  } catch {
    return null;
  }
}

function openError(e: unknown): PdfExtractError {
  const name = e instanceof Error ? e.name : '';
  if (name === 'PasswordException') return new PdfExtractError('encrypted');
  return new PdfExtractError('broken', reason(e));
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message.split('\n')[0]! : String(e);
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
