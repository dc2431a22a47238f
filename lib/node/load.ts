// A path, URL or bytes (standard input) → ExtractedDoc (Node only). Refuses what is not a
// regular file (a FIFO or a device would block or never end), enforces the size cap while
// reading, picks the extractor, decodes text in UTF-8 or GBK.

import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { extractText } from '../extract/text/index';
import type { ExtractedDoc, SourceInfo, SourceKind } from '../model/document';
import { charsetFromContentType, decodeBytes, sniffBinary, sniffHtmlCharset } from '../source/decode';
import { InputError, pdfReasonEn, reasonOf } from './errors';
import { extractHtmlInput, extractPdfInput } from './extractors';
import { isUrl, kindFromContent, kindFromContentType, kindFromName } from './kind';
import { MAX_INPUT_BYTES, MAX_INPUT_MB } from './limits';


/** How standard input is named in messages and in the audit's source. */
export const STDIN_NAME = '-';

export async function loadDocument(input: string): Promise<ExtractedDoc> {
  return isUrl(input) ? loadUrl(input.trim()) : loadFile(input);
}

const tooLarge = (input: string, size: number) =>
  new InputError('too-large', { input, limit: MAX_INPUT_MB, size: (size / 1024 / 1024).toFixed(1) });

/** Reads a regular file of at most MAX_INPUT_BYTES, checked before and while reading. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  let file;
  try {
    // Non-blocking, so that opening a FIFO returns at once (and is then refused as not a file).
    file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const reason = reasonOf(e);
    if (reason === 'ENOENT' || reason === 'ENOTDIR') throw new InputError('not-found', { input: path });
    throw new InputError('unreadable', { input: path, reason });
  }
  try {
    const st = await file.stat();
    if (st.isDirectory()) throw new InputError('unreadable', { input: path, reason: 'EISDIR' });
    if (!st.isFile()) throw new InputError('not-a-file', { input: path });
    if (st.size > MAX_INPUT_BYTES) throw tooLarge(path, st.size);
    // The file may grow between stat and read: read one byte past the cap at most.
    const buf = new Uint8Array(Math.min(st.size, MAX_INPUT_BYTES) + 1);
    let got = 0;
    for (;;) {
      const { bytesRead } = await file.read(buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
      if (got === buf.length) {
        if (got > MAX_INPUT_BYTES) throw tooLarge(path, got);
        break;
      }
    }
    return buf.subarray(0, got);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('unreadable', { input: path, reason: reasonOf(e) });
  } finally {
    await file.close();
  }
}

export async function loadFile(path: string): Promise<ExtractedDoc> {
  const bytes = await readInputFile(path);
  const kind = kindFromContent(bytes) ?? kindFromName(path) ?? 'text';
  return extractBytes(bytes, kind, { kind, name: basename(path) }, null, path);
}

/** Bytes read elsewhere (standard input): the kind comes from the content alone. */
export async function loadBytes(bytes: Uint8Array, name = STDIN_NAME): Promise<ExtractedDoc> {
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(name, bytes.length);
  const kind = kindFromContent(bytes) ?? 'text';
  return extractBytes(bytes, kind, { kind, name }, null, name);
}

export async function loadUrl(url: string): Promise<ExtractedDoc> {
  // Loaded on use: node:http costs startup time that file audits need not pay.
  const { fetchBytes } = await import('./fetch');
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

/**
 * Extractor failures become input errors: a PDF's own error says why in full (encrypted,
 * damaged, past a budget); anything else is a parse failure with its first line as the reason.
 */
async function guard(run: () => Promise<ExtractedDoc>, kind: string, input: string): Promise<ExtractedDoc> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (e instanceof Error && e.name === 'PdfExtractError') {
      const { code, detail } = e as Error & { code: string; detail?: string };
      throw new InputError('pdf-unreadable', { input, reasonZh: e.message, reasonEn: pdfReasonEn(code, detail) });
    }
    throw new InputError('extract-failed', { input, kind, reason: reasonOf(e) });
  }
}
