// Which addresses the extension treats as gov.cn documents: the PDF takeover rule, the viewer's
// `file=` parameter and the attachment buttons all use these, so they cannot drift apart.

/** A .pdf address on a gov.cn host (declarativeNetRequest regexFilter, RE2 syntax). */
export const GOV_PDF_URL_REGEX = '^https?://([^/?#@]+\\.)?gov\\.cn(:[0-9]+)?/[^?#]*\\.[pP][dD][fF]([?#].*)?$';

/** An http(s) address on gov.cn or one of its subdomains, without user name or password. */
export function isGovCnUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return host === 'gov.cn' || host.endsWith('.gov.cn');
}

/** A gov.cn address whose path names a PDF. */
export function isGovPdfUrl(raw: string): boolean {
  return isGovCnUrl(raw) && new RegExp(GOV_PDF_URL_REGEX).test(raw);
}

/** The document kinds an attachment link can name, by the extension of its path. */
export type AttachmentKind = 'pdf' | 'docx' | 'legacy';

export function attachmentKind(raw: string): AttachmentKind | null {
  let path: string;
  try {
    path = new URL(raw).pathname.toLowerCase();
  } catch {
    return null;
  }
  if (path.endsWith('.pdf')) return 'pdf';
  if (path.endsWith('.docx')) return 'docx';
  if (path.endsWith('.doc') || path.endsWith('.wps')) return 'legacy';
  return null;
}

/**
 * The file a viewer address shows. The takeover rule appends the original URL unencoded, so
 * everything after "?file=" is the URL, including its own query and fragment.
 */
export function fileParam(href: string): string | null {
  const i = href.indexOf('?file=');
  return i < 0 ? null : href.slice(i + '?file='.length) || null;
}
