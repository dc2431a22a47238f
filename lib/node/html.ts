// Node-only: HTML bytes → ExtractedDoc. Decodes the bytes (charset sniffing), parses them with
// parse5 — the parser jsdom uses, which builds the same tree as browsers do for malformed Word
// markup (implied <tbody>, foster-parented text, unclosed cells), so the checker sees what the
// extension sees — into the small DOM of lite-dom.ts, and runs the shared DOM extractor. No
// scripts run, no resources load.

import type { ExtractedDoc, SourceInfo } from '../model/document';
import { decodeBytes, sniffHtmlCharset } from '../source/decode';
import { extractHtml } from '../extract/html/index';
import { parseLite } from './lite-dom';

/** Parse HTML text into a Document the way a browser's parser would (see lite-dom.ts). */
export function parseHtml(html: string): Document {
  // The extractor reads only the DOM API LiteDocument has (checked against jsdom by the tests).
  return parseLite(html) as unknown as Document;
}

/**
 * The charset comes from the Content-Type header when known (as a string, or as `{ charset }`
 * the way lib/node/extractors.ts passes it), else from <meta> in the first bytes; decodeBytes
 * then prefers a BOM, valid UTF-8, the declared charset, GB18030, in that order.
 */
export function extractHtmlFile(
  bytes: Uint8Array,
  source: SourceInfo,
  contentTypeCharset?: string | null | { charset?: string | null },
): ExtractedDoc {
  const declared = typeof contentTypeCharset === 'object' ? contentTypeCharset?.charset : contentTypeCharset;
  const { text } = decodeBytes(bytes, declared ?? sniffHtmlCharset(bytes) ?? undefined);
  return extractHtml(parseHtml(text), source);
}
