// What the detector tells the background about a page (index.ts sends it). Every page costs only
// the reads of what it says it is (names.ts); the links are looked at (listing chips, attachment
// buttons) only on a page whose title or headings name an annual report or a disclosure column.
// Elsewhere the popup's "find report links" runs those passes on request (scan.ts).

import { findCandidates } from './attachments';
import { looksLikeReport } from './detect';
import { looksLikeListing } from './listing';
import { namesDisclosure } from './names';

export type Detected = 'detected' | 'listing' | 'attachments';

export function detectedOn(doc: Document): Detected[] {
  const report = looksLikeReport(doc);
  const out: Detected[] = report ? ['detected'] : [];
  if (!report && !namesDisclosure(doc)) return out;
  // A report page may link to a few others; only a page that is not one is a listing, and its
  // chips stand for the attachment buttons a listing of PDFs would otherwise get.
  if (!report && looksLikeListing(doc)) out.push('listing');
  else if (findCandidates(doc).length > 0) out.push('attachments');
  return out;
}
