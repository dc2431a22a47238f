// Which extractor an input needs: from its content where that is decisive (%PDF-, an HTML
// document start), else from the Content-Type header or the file extension.

import type { SourceKind } from '../model/document';

export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input.trim());

export const TEXT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown'];
export const HTML_EXTENSIONS = ['.html', '.htm', '.shtml', '.xhtml'];
export const PDF_EXTENSIONS = ['.pdf'];
export const SUPPORTED_EXTENSIONS = [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS, ...PDF_EXTENSIONS];

export function kindFromName(name: string): SourceKind | null {
  const lower = name.toLowerCase().replace(/[?#].*$/, '');
  const has = (exts: string[]) => exts.some((e) => lower.endsWith(e));
  if (has(PDF_EXTENSIONS)) return 'pdf';
  if (has(HTML_EXTENSIONS)) return 'html';
  if (has(TEXT_EXTENSIONS)) return 'text';
  return null;
}

export function kindFromContentType(contentType: string | null): SourceKind | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/pdf' || type === 'application/x-pdf') return 'pdf';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/plain' || type === 'text/markdown') return 'text';
  return null;
}

/** 'pdf' or 'html' when the first bytes say so, else null. */
export function kindFromContent(bytes: Uint8Array): SourceKind | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  const start = head.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart().slice(0, 200).toLowerCase();
  if (/^<(!doctype html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|title[\s>])/.test(start)) return 'html';
  if (/^<!--/.test(start) && /<html[\s>]/.test(head.toLowerCase())) return 'html';
  return null;
}
