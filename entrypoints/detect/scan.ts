// The detector's link passes, as the popup's "find report links" runs them on request: on any page,
// whatever its title says (the detector itself runs them only on a page that names an annual report
// or a disclosure column, names.ts).

import type { LinkScan } from '@/lib/messages';
import { findCandidates } from './attachments';
import { listingLinks } from './listing';
import { isListing } from '@/lib/listing/links';

export function scanLinks(doc: Document): LinkScan {
  const links = listingLinks(doc);
  return { links: links.length, listing: isListing(links), files: findCandidates(doc).length };
}

/**
 * Which script shows what a scan found: the chips on a listing (as the detector decides), else
 * the buttons beside report files, else chips beside the one or two report links of the page.
 */
export function scriptFor(scan: LinkScan): 'chips' | 'attachments' | null {
  if (scan.listing) return 'chips';
  if (scan.files > 0) return 'attachments';
  return scan.links > 0 ? 'chips' : null;
}
