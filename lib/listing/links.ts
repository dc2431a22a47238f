// A listing page: a gov.cn page (a 政府信息公开年报 column) linking to several annual reports, each
// link's text naming 政府信息公开工作年度报告 with a year (and usually the organ). Pure DOM reading
// with no browser globals: the extension's detector runs it on the live page, the checker on a
// fetched page parsed in Node (lib/node/lite-dom.ts, which has the few calls used here).

import { organAndYear } from '../cross-year/organ';

/** The part of the DOM this module reads (a browser Element or lib/node/lite-dom's). */
export interface LinkElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}
export interface LinkDocument<E extends LinkElement = LinkElement> {
  querySelectorAll(selectors: string): ArrayLike<E> & Iterable<E>;
}

export interface ReportLink<E extends LinkElement = LinkElement> {
  element: E;
  /** Absolute http(s) address, fragment dropped. */
  url: string;
  /** The link's text (or its title attribute, when that is the one naming the report). */
  text: string;
  organ: string | null;
  year: number;
}

/** Fewest distinct report links that make a page a listing (a report page may link to one or two others). */
export const MIN_LISTING_LINKS = 3;

/** A cheap necessary condition for a title that organAndYear accepts. */
const MAY_NAME_A_REPORT = /公\s*开/;

const NEXT_PAGE = /^(?:下一?页|下页|后一?页|next|›|»|>)$/i;

/** An http(s) address resolved against the page, its fragment dropped; null for anything else. */
export function absolute(href: string | null, base: string): string | null {
  if (!href || /^\s*(?:javascript|mailto|data):/i.test(href)) return null;
  try {
    const u = new URL(href, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The report links of a page, each address once (the first link to it), in page order. */
export function reportLinks<E extends LinkElement>(doc: LinkDocument<E>, base: string): ReportLink<E>[] {
  const out: ReportLink<E>[] = [];
  const seen = new Set<string>();
  const self = absolute(base, base);
  for (const a of doc.querySelectorAll('a')) {
    // Every report's title says 公开: the thousands of other links of a large page stop here,
    // before their text is normalised and their address resolved.
    const rawText = a.textContent ?? '';
    const rawTitle = a.getAttribute('title') ?? '';
    if (!MAY_NAME_A_REPORT.test(rawText) && !MAY_NAME_A_REPORT.test(rawTitle)) continue;
    const text = squash(rawText);
    const title = squash(rawTitle);
    const named = organAndYear(text) ? text : organAndYear(title) ? title : null;
    if (!named) continue;
    const url = absolute(a.getAttribute('href'), base);
    if (!url || seen.has(url) || url === self) continue;
    const { organ, year } = organAndYear(named)!;
    seen.add(url);
    out.push({ element: a, url, text: named, organ, year });
  }
  return out;
}

export function isListing(links: readonly ReportLink<LinkElement>[]): boolean {
  return new Set(links.map((l) => l.url)).size >= MIN_LISTING_LINKS;
}

/** Where the page's 下一页 link goes, if it has one on the same site. */
export function nextPage(doc: LinkDocument, base: string): string | null {
  const host = new URL(base).host;
  for (const a of doc.querySelectorAll('a')) {
    if (!NEXT_PAGE.test(squash(a.textContent))) continue;
    const url = absolute(a.getAttribute('href'), base);
    if (url && new URL(url).host === host && url !== absolute(base, base)) return url;
  }
  return null;
}
