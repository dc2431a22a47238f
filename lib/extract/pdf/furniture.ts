// Page furniture: page numbers, Chromium print headers and footers, running headers repeated
// in the page margins. Generic patterns only, never a document's own wording.

import type { Line } from './lines';

/** Share of the page height, at the top and at the bottom, where furniture is looked for. */
const BAND = 0.09;

const PAGE_NUMBER = [
  /^[-—–―_－‒~～\s]*\d{1,4}[-—–―_－‒~～\s]*$/, // "-3-", "— 3 —", "3"
  /^第\s*\d{1,4}\s*页(\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/, // 第 3 页, 第3页 共5页
  /^共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/, // 3/5
  /^(page\s*)?\d{1,4}\s*(of|\/)\s*\d{1,4}$/i,
];
/** Chromium's print header starts with the date and time; its footer with the page URL. */
const PRINT_HEADER = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s*(上午|下午|AM|PM)?\s*\d{1,2}:\d{2}/i;
const PRINT_FOOTER = /^(https?|file):\/\/\S+/i;

export function inBand(line: Line, pageHeight: number): boolean {
  return line.y1 < pageHeight * BAND || line.y0 > pageHeight * (1 - BAND);
}

/** A page number with decoration ("-3-", "第3页"); bare digits only when `bareDigits`. */
export function isPageNumber(text: string, bareDigits: boolean): boolean {
  const t = text.trim();
  if (!bareDigits && /^\d+$/.test(t)) return false;
  return PAGE_NUMBER.some((re) => re.test(t));
}

export function isPrintHeaderOrFooter(text: string): boolean {
  const t = text.trim();
  return PRINT_HEADER.test(t) || PRINT_FOOTER.test(t);
}

/** Key of a margin line for spotting running headers: digits stand for any page number. */
export function furnitureKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/**
 * Margin lines printed on most pages (at least three): running headers and footers.
 * `pages` holds each page's margin lines.
 */
export function repeatedMarginLines(pages: Line[][]): Set<string> {
  const count = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(lines.map((l) => furnitureKey(l.text)))) count.set(key, (count.get(key) ?? 0) + 1);
  }
  const need = Math.max(3, Math.ceil(pages.length / 2));
  // Lines of digits alone are table rows or page numbers, never running headers.
  return new Set([...count].filter(([key, n]) => n >= need && /[A-Za-z\u3400-\u9FFF]/.test(key)).map(([key]) => key));
}
