// A listing of annual reports (a 政府信息公开年报 column): several links on gov.cn whose text names a
// 政府信息公开工作年度报告 with its year (lib/listing/links.ts). A news list whose links merely
// speak of the work is not one.

import { isListing, nextPage, reportLinks, type ReportLink } from '@/lib/listing/links';
import { isGovCnUrl } from '@/lib/messages/gov-url';

export function listingLinks(doc: Document): ReportLink<HTMLAnchorElement>[] {
  return reportLinks<HTMLAnchorElement>(doc as unknown as Parameters<typeof reportLinks<HTMLAnchorElement>>[0], doc.baseURI).filter((l) => isGovCnUrl(l.url));
}

export function looksLikeListing(doc: Document): boolean {
  return isListing(listingLinks(doc));
}

export function listingNextPage(doc: Document): string | null {
  const next = nextPage(doc as unknown as Parameters<typeof nextPage>[0], doc.baseURI);
  return next && isGovCnUrl(next) ? next : null;
}
