// Documents a gov.cn article page links or embeds: attachment links (.pdf, .docx, and legacy
// .doc/.wps that get an explanation instead of an audit) and PDFs shown in an <iframe>, <embed>,
// <object> or a site's own pdf.js viewer (…viewer.html?file=…). Only on pages that speak of an
// annual report, or for files whose link text or name does: a notice's attachment gets no button.

import { attachmentKind, isGovCnUrl, type AttachmentKind } from '@/lib/messages/gov-url';
import { includesAny, REPORT_WORDS, squash, titlesOf } from './names';

export interface Candidate {
  element: Element;
  url: string;
  kind: AttachmentKind;
  embedded: boolean;
}

/**
 * Links whose address may name a file of a kind we read (see attachmentKind): the browser's
 * selector engine sets aside the thousands of other links of a large page, not a script loop.
 * On a page that does not speak of a report only addresses ending in the file's name are looked
 * at (a suffix test costs a third of a substring test on a page of 15,000 links).
 */
const FILE_LINKS = ['.pdf', '.doc', '.wps'].map((ext) => `a[href*="${ext}" i]`).join(', ');
const FILE_NAMED_LINKS = ['.pdf', '.docx', '.doc', '.wps'].map((ext) => `a[href$="${ext}" i]`).join(', ');

function resolve(raw: string | null, base: string): string | null {
  if (!raw) return null;
  try {
    return new URL(raw, base).href;
  } catch {
    return null;
  }
}

/** The PDF a site's pdf.js viewer page shows (its `file` parameter), or the address itself. */
function embeddedFile(url: string): string {
  try {
    const u = new URL(url);
    const file = u.searchParams.get('file');
    return /viewer\.html?$/i.test(u.pathname) && file ? (resolve(file, url) ?? url) : url;
  } catch {
    return url;
  }
}

function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}

function pageSpeaksOfReport(doc: Document): boolean {
  return titlesOf(doc).some((s) => includesAny(s, REPORT_WORDS));
}

export function findCandidates(doc: Document): Candidate[] {
  const base = doc.baseURI;
  const reportPage = pageSpeaksOfReport(doc);
  const out: Candidate[] = [];
  const add = (element: Element, raw: string | null, embedded: boolean, label: string) => {
    const href = resolve(raw, base);
    if (!href) return;
    const url = embedded ? embeddedFile(href) : href;
    const kind = attachmentKind(url);
    if (!kind || !isGovCnUrl(url) || (embedded && kind !== 'pdf')) return;
    if (!reportPage && !includesAny(squash(`${label}${fileName(url)}`), REPORT_WORDS)) return;
    out.push({ element, url, kind, embedded });
  };
  for (const a of doc.querySelectorAll<HTMLAnchorElement>(reportPage ? FILE_LINKS : FILE_NAMED_LINKS)) add(a, a.getAttribute('href'), false, a.textContent ?? '');
  for (const f of doc.querySelectorAll('iframe[src], embed[src]')) add(f, f.getAttribute('src'), true, f.getAttribute('title') ?? '');
  for (const o of doc.querySelectorAll('object[data]')) add(o, o.getAttribute('data'), true, o.getAttribute('title') ?? '');
  return out;
}
