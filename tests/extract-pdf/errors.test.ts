// Files that cannot be read: typed errors with a zh-CN message.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { extractPdf, PdfExtractError, type PdfJsLib } from '../../lib/extract/pdf/index';
import { extractPdfBytes } from '../../lib/node/pdf';
import { CORPUS, FIXTURES } from './helpers';

const source = { kind: 'pdf' as const, name: 'x.pdf' };
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

async function failure(p: Promise<unknown>): Promise<PdfExtractError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(PdfExtractError);
  return e as PdfExtractError;
}

describe('PdfExtractError', () => {
  it('refuses a password-protected PDF', async () => {
    const e = await failure(extractPdfBytes(fixture('encrypted.pdf'), source));
    expect(e.code).toBe('encrypted');
    expect(e.message).toContain('加密');
  });

  it('refuses a truncated PDF', async () => {
    const e = await failure(extractPdfBytes(fixture('truncated.pdf'), source));
    expect(e.code).toBe('broken');
    expect(e.message).toContain('损坏');
  });

  it('refuses bytes that are not a PDF', async () => {
    const e = await failure(extractPdfBytes(new TextEncoder().encode('<html>not a pdf</html>'), source));
    expect(e.code).toBe('broken');
  });

  it('refuses a scan without a text layer', async () => {
    const e = await failure(extractPdfBytes(fixture('image-only.pdf'), source));
    expect(e.code).toBe('no-text');
    expect(e.message).toContain('没有文本层');
  });

  it('marks a scanned page inside a text PDF and passes over a blank page', async () => {
    const doc = await extractPdfBytes(fixture('mixed.pdf'), source);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['text', 'image']);
    expect(doc.blocks[0]).toMatchObject({ kind: 'text', text: 'Annual report, page one' });
    expect(doc.blocks[1]!.ref).toMatchObject({ kind: 'pdf', page: 2, x: 0, y: 0 });
    expect(doc.notes).toEqual(['第 2 页没有文本层（可能是扫描图片），该页内容无法读取']);
  });

  it('refuses files over the size and page caps', async () => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, 'real/huaian-hongzequ-2024-govpdf.pdf')));
    const lib = pdfjs as unknown as PdfJsLib;
    expect((await failure(extractPdf(bytes, source, lib, { maxBytes: 1000 }))).code).toBe('too-large');
    const e = await failure(extractPdf(bytes, source, lib, { maxPages: 2 }));
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('5 页');
  });

  it('leaves the caller’s bytes usable', async () => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, 'real/huaian-hongzequ-2024-govpdf.pdf')));
    await extractPdfBytes(bytes, source);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(String.fromCharCode(...bytes.subarray(0, 5))).toBe('%PDF-');
  });
});
