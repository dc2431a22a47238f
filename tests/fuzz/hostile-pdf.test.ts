// Hostile PDFs made by the test itself (issue 9): each once hung the extractor or exhausted its
// memory. Each must now end with text read and a note, or with a clear PdfExtractError.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfExtractError } from '../../lib/extract/pdf/index';
import type { ExtractedDoc } from '../../lib/model/document';
import { extractPdfBytes } from '../../lib/node/pdf';
import { CORPUS } from '../helpers/corpus';
import { flateBomb, formFanOut, hugeGrid, manySegments, selfDrawingForm, zeroWidthXref, type Hostile } from './hostile';

const extract = (h: Hostile): Promise<ExtractedDoc> => extractPdfBytes(h.bytes, { kind: 'pdf', name: h.name });
const text = (doc: ExtractedDoc) => doc.blocks.map((b) => (b.kind === 'text' ? b.text : b.kind === 'table' ? b.cells.map((c) => c.text).join(' ') : '')).join(' ');

describe('hostile PDFs end quickly', () => {
  it('a form XObject that draws itself is drawn once', async () => {
    const doc = await extract(selfDrawingForm());
    expect(text(doc)).toMatch(/\b30\b/);
    expect(doc.notes.join()).not.toMatch(/图形操作超过/);
  });

  it('forms drawing forms ten times over, eight deep, stop at the operator budget', async () => {
    const doc = await extract(formFanOut());
    expect(doc.notes.join()).toMatch(/第 1 页的表格线无法读取（图形操作超过 1,000,000 个），该页按纯文本处理/);
    expect(text(doc)).toMatch(/\b30\b/);
  });

  it('half a million ruling segments stop at the segment cap', async () => {
    const doc = await extract(manySegments());
    expect(doc.notes.join()).toMatch(/表格线超过 50,000 条/);
  });

  it('a 1500 × 1500 ruled grid stops at the cell cap', async () => {
    const doc = await extract(hugeGrid());
    expect(doc.notes.join()).toMatch(/表格网格超过 10,000 个单元格/);
  });

  it('an xref stream with /W [0 0 0] and a huge /Size is left to pdf.js, which reads it', async () => {
    expect(text(await extract(zeroWidthXref()))).toContain('hello');
  });

  it('a Flate bomb is refused before pdf.js inflates it', async () => {
    const e = await extract(await flateBomb(200 * 1024 * 1024)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PdfExtractError);
    expect((e as PdfExtractError).code).toBe('too-complex');
    expect((e as PdfExtractError).detail).toBe('压缩数据解压后超过 64 MB');
  });
});

const REAL = join(CORPUS, 'real/huaian-hongzequ-2023-govpdf.pdf');

describe.skipIf(!existsSync(REAL))('found by the mutation fuzzer', () => {
  it('a cut that breaks an xref entry: pdf.js rejects a promise nobody awaits, the audit still ends', async () => {
    // seed 1 case 3449 of scripts/fuzz.ts: 14,943 bytes cut at 265,637. Vitest fails the run on
    // an unhandled rejection; in the checker it ended the worker (exit 4, internal error).
    const bytes = new Uint8Array(readFileSync(REAL));
    const cut = new Uint8Array([...bytes.subarray(0, 265_637), ...bytes.subarray(265_637 + 14_943)]);
    const doc = await extractPdfBytes(cut, { kind: 'pdf', name: 'cut.pdf' });
    expect(doc.blocks.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200)); // let a stray rejection surface
  });
});

