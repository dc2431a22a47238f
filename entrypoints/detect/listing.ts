// A listing of annual reports (a 政府信息公开年报 column): several links on gov.cn whose text names a
// 政府信息公开工作年度报告 with its year (lib/listing/links.ts). A news list whose links merely
// speak of the work is not one.

import { isListing, nextPage, reportLinks, type ReportLink } from '@/lib/listing/links';
import { isGovCnUrl } from '@/lib/messages/gov-url';

export function listingLinks(doc: Document): ReportLink<HTMLAnchorElement>[] {
  return reportLinks<HTMLAnchorElement>(doc as unknown as Parameters<typeof reportLinks<HTMLAnchorElement>>[0], doc.baseURI).filter((l) => isGovCnUrl(l.url));
}

/**
 * A page that names no annual report in its text or its links' titles lists none: one native
 * read of the text and one selector query settle that for an ordinary page, instead of a look
 * at each of its thousands of links.
 */
function mayList(doc: Document): boolean {
  if (/年\s*度\s*报\s*告|年\s*报/.test(doc.body?.textContent ?? '')) return true;
  return doc.querySelector('a[title*="年度报告"], a[title*="年报"]') !== null;
}

export function looksLikeListing(doc: Document): boolean {
  return mayList(doc) && isListing(listingLinks(doc));
}

export function listingNextPage(doc: Document): string | null {
  const next = nextPage(doc as unknown as Parameters<typeof nextPage>[0], doc.baseURI);
  return next && isGovCnUrl(next) ? next : null;
}
