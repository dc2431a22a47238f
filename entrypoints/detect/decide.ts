// What the detector tells the background about a page (index.ts sends it). Every page costs only
// the reads of what it says it is (names.ts) and, when its titles name a report, a scan of its text
// for the standard tables' labels (detect.ts). Its links are looked at by a separate script the
// background injects (entrypoints/link-scan, scan.ts) only on a page named as an annual report
// or a disclosure column, or when the popup's "find report links" asks: the link passes' code is
// not part of what every gov.cn page loads and compiles.

import { looksLikeReport } from './detect';
import { namesDisclosure } from './names';

export interface Detection {
  /** An annual report: the background injects the audit (when audits run by themselves). */
  report: boolean;
  /** Named as a report or a disclosure column: the background has its links looked at. */
  disclosure: boolean;
}

export function detectOn(doc: Document): Detection {
  const report = looksLikeReport(doc);
  return { report, disclosure: report || namesDisclosure(doc) };
}
