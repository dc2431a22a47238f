// Tables without ruling lines: the same WPS report read with rulings ignored, so columns come
// from text positions only (exact: false).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { extractPdf, type PdfJsLib } from '../../lib/extract/pdf/index';
import { CORPUS, PDF_DATA, rowOf, tables, tableWith, values } from './helpers';

describe('text-position tables', () => {
  it('puts the values of table 三 in their own columns', async () => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, 'real/huaian-hongzequ-2024-govpdf.pdf')));
    const doc = await extractPdf(bytes, { kind: 'pdf', name: 'hz' }, pdfjs as unknown as PdfJsLib, { ...PDF_DATA, rulings: false });
    expect(tables(doc).every((t) => !t.exact)).toBe(true);
    const t3 = tableWith(doc, '一、本年新收')!;
    expect(values(rowOf(t3, '一、本年新收'), 7)).toEqual(['95', '0', '0', '0', '0', '0', '95']);
    expect(values(rowOf(t3, '6.属于四类过程性信息'), 7)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
    const cont = tableWith(doc, '（七）总计')!;
    expect(values(rowOf(cont, '（七）总计'), 7)).toEqual(['95', '0', '0', '0', '0', '0', '95']);
    expect(doc.notes.some((n) => n.includes('没有框线'))).toBe(true);
  });
});
