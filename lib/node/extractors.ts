// The HTML and PDF extractors (lib/node/html.ts, lib/node/pdf.ts) are loaded only for those
// inputs, so a text audit never pays for the HTML parser or pdf.js.

import type { ExtractedDoc, SourceInfo } from '../model/document';

export async function extractHtmlInput(
  bytes: Uint8Array,
  source: SourceInfo,
  charset: string | null,
): Promise<ExtractedDoc> {
  const { extractHtmlFile } = await import('./html');
  return extractHtmlFile(bytes, source, { charset });
}

export async function extractPdfInput(bytes: Uint8Array, source: SourceInfo): Promise<ExtractedDoc> {
  const { extractPdfBytes } = await import('./pdf');
  return extractPdfBytes(bytes, source);
}
