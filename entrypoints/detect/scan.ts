// The link passes (listing links, report attachments), run by entrypoints/link-scan when the
// background injects it: on the detector's word for a page named as an annual report or a
// disclosure column (names.ts), or on any page when the popup's "find report links" asks.

import type { LinkScan } from '@/lib/messages';
import { findCandidates } from './attachments';
import { listingLinks } from './listing';
import { isListing } from '@/lib/listing/links';

/** `report`: the detector found the page to be a report, which is no listing (its links are not read). */
export function scanLinks(doc: Document, report = false): LinkScan {
  const links = report ? [] : listingLinks(doc);
  return { links: links.length, listing: isListing(links), files: findCandidates(doc).length };
}

export type LinkScript = 'chips' | 'attachments';

/** What the detector's word brings: the chips on a listing, else the buttons beside report files. */
export function detectedScript(scan: LinkScan): LinkScript | null {
  if (scan.listing) return 'chips';
  return scan.files > 0 ? 'attachments' : null;
}

/**
 * What the popup's "find report links" brings on any page: the chips on a listing, else the
 * buttons beside report files, else chips beside the one or two report links of the page.
 */
export function scriptFor(scan: LinkScan): LinkScript | null {
  return detectedScript(scan) ?? (scan.links > 0 ? 'chips' : null);
}
