// Node-only: HTML bytes → ExtractedDoc. Decodes the bytes (charset sniffing), parses them with
// jsdom — whose parse5 parser builds the same tree as browsers do for malformed Word markup
// (implied <tbody>, foster-parented text, unclosed cells), so the checker sees what the
// extension sees — and runs the shared DOM extractor. No scripts run, no resources load.

import { createRequire } from 'node:module';
import type { ExtractedDoc, SourceInfo } from '../model/document';
import { decodeBytes, sniffHtmlCharset } from '../source/decode';
import { extractHtml } from '../extract/html/index';

type JsdomModule = typeof import('jsdom');
let parser: DOMParser | null = null;

/**
 * jsdom is loaded on first use only (it is large, and most checker runs read text or PDF). One
 * empty window is kept and its DOMParser makes each page's Document: much cheaper than a new
 * window per page, and a parsed document has no browsing context, so it runs no scripts and
 * loads no resources.
 */
function domParser(): DOMParser {
  if (!parser) {
    let mod: JsdomModule;
    try {
      mod = createRequire(import.meta.url)('jsdom') as JsdomModule;
    } catch (e) {
      // jsdom 31 needs Node ≥ 22.22; older Nodes fail inside its dependencies with a cryptic error.
      throw new Error(`jsdom could not be loaded under Node ${process.version} (it needs Node 22.22 or later): ${String(e)}`);
    }
    const { JSDOM, VirtualConsole } = mod;
    const { window } = new JSDOM('', { virtualConsole: new VirtualConsole() });
    parser = new window.DOMParser();
  }
  return parser;
}

/** Parse HTML text into a Document the way a browser's parser would. */
export function parseHtml(html: string): Document {
  return domParser().parseFromString(html, 'text/html');
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
