// Node-only: a listing page's report links (lib/listing/links.ts), fetched and parsed the way the
// checker reads HTML, following its 下一页 links up to `pages` pages.

import { decodeBytes, charsetFromContentType, sniffHtmlCharset } from '../source/decode';
import { isListing, nextPage, reportLinks } from '../listing/links';
import { InputError } from './errors';
import { fetchBytes } from './fetch';
import { parseHtml } from './html';

export interface ListedReport {
  url: string;
  organ: string | null;
  year: number;
}

export async function listingReports(url: string, pages = 1): Promise<ListedReport[]> {
  const out: ListedReport[] = [];
  const seen = new Set<string>();
  let page: string | null = url;
  for (let n = 0; page && n < pages && !seen.has(page); n++) {
    seen.add(page);
    const got = await fetchBytes(page);
    const { text } = decodeBytes(got.bytes, charsetFromContentType(got.contentType) ?? sniffHtmlCharset(got.bytes) ?? undefined);
    const doc = parseHtml(text);
    const links = reportLinks(doc, got.url);
    if (n === 0 && !isListing(links)) throw new InputError('not-a-listing', { input: url });
    for (const l of links) if (!out.some((o) => o.url === l.url)) out.push({ url: l.url, organ: l.organ, year: l.year });
    page = nextPage(doc, got.url);
  }
  return out;
}
