// A path or URL → ExtractedDoc (Node only). Checks the input before reading it (exists, not
// a folder, not over the size cap), picks the extractor, decodes text in UTF-8 or GBK.

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractText } from '../extract/text/index';
import type { ExtractedDoc, SourceInfo, SourceKind } from '../model/document';
import { charsetFromContentType, decodeBytes, sniffBinary, sniffHtmlCharset } from '../source/decode';
import { InputError, reasonOf } from './errors';
import { extractHtmlInput, extractPdfInput } from './extractors';
import { fetchBytes } from './fetch';
import { kindFromContent, kindFromContentType, kindFromName } from './kind';
import { MAX_INPUT_BYTES, MAX_INPUT_MB } from './limits';

export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input.trim());

export async function loadDocument(input: string): Promise<ExtractedDoc> {
  return isUrl(input) ? loadUrl(input.trim()) : loadFile(input);
}

export async function loadFile(path: string): Promise<ExtractedDoc> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new InputError('unreadable', { input: path, reason: 'EISDIR' });
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (reasonOf(e) === 'ENOENT' || reasonOf(e) === 'ENOTDIR') throw new InputError('not-found', { input: path });
    throw new InputError('unreadable', { input: path, reason: reasonOf(e) });
  }
  if (size > MAX_INPUT_BYTES) {
    throw new InputError('too-large', { input: path, limit: MAX_INPUT_MB, size: (size / 1024 / 1024).toFixed(1) });
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    throw new InputError('unreadable', { input: path, reason: reasonOf(e) });
  }
  const kind = kindFromContent(bytes) ?? kindFromName(path) ?? 'text';
  return extractBytes(bytes, kind, { kind, name: basename(path) }, null, path);
}

export async function loadUrl(url: string): Promise<ExtractedDoc> {
  const got = await fetchBytes(url);
  const kind =
    kindFromContent(got.bytes) ?? kindFromContentType(got.contentType) ?? kindFromName(new URL(got.url).pathname) ?? 'html';
  const source: SourceInfo = { kind, name: got.url, url: got.url };
  return extractBytes(got.bytes, kind, source, charsetFromContentType(got.contentType), url);
}

async function extractBytes(
  bytes: Uint8Array,
  kind: SourceKind,
  source: SourceInfo,
  charset: string | null,
  input: string,
): Promise<ExtractedDoc> {
  if (bytes.length === 0) throw new InputError('empty', { input });
  if (kind === 'pdf') return guard(() => extractPdfInput(bytes, source), 'PDF', input);
  if (sniffBinary(bytes)) throw new InputError('binary', { input });
  if (kind === 'html') return guard(() => extractHtmlInput(bytes, source, charset ?? sniffHtmlCharset(bytes)), 'HTML', input);
  const { text } = decodeBytes(bytes, charset ?? undefined);
  if (text.trim() === '') throw new InputError('empty', { input });
  return extractText(text, source);
}

/** Extractor failures (a corrupt PDF, say) become input errors; a missing extractor passes through. */
async function guard(run: () => Promise<ExtractedDoc>, kind: string, input: string): Promise<ExtractedDoc> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('extract-failed', { input, kind, reason: reasonOf(e) });
  }
}
