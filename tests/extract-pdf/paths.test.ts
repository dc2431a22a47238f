// The two ways to ruling lines agree: the direct content-stream reader (raw/) and pdf.js's
// operator lists give the same blocks, tables and cell texts on every corpus PDF.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { extractPdf, type PdfJsLib } from '../../lib/extract/pdf/index';
import type { ExtractedDoc } from '../../lib/model/document';
import { CORPUS, PDF_DATA } from './helpers';

const files = [
  ...readdirSync(join(CORPUS, 'real'))
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => `real/${f}`),
  'pdf/seed-000-yanbian-2023.a.pdf',
  'pdf/seed-001-honggutan-2023.b.pdf',
];

/** Block kinds and texts, cells with positions and spans: everything but coordinates. */
function shape(doc: ExtractedDoc) {
  return doc.blocks.map((b) =>
    b.kind === 'table'
      ? { rows: b.rowCount, cols: b.colCount, exact: b.exact, cells: b.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan, c.text]) }
      : b.kind === 'text'
        ? b.text
        : b.kind,
  );
}

describe.each(files)('%s', (rel) => {
  it('reads the same with and without the direct reader', async () => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, rel)));
    const lib = pdfjs as unknown as PdfJsLib;
    const direct = await extractPdf(bytes, { kind: 'pdf', name: rel }, lib, PDF_DATA);
    const viaPdfjs = await extractPdf(bytes, { kind: 'pdf', name: rel }, lib, { ...PDF_DATA, direct: false });
    expect(shape(direct)).toEqual(shape(viaPdfjs));
  });
});
