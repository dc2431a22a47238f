// A Chromium print with its default header (date, title) and footer (URL, page x/y), a table
// with a vertical (writing-mode) label, running onto a second page with its header repeated.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdfBytes } from '../../lib/node/pdf';
import { allText, FIXTURES, rowOf, tables, values } from './helpers';

const read = () =>
  extractPdfBytes(new Uint8Array(readFileSync(join(FIXTURES, 'print-headers.pdf'))), { kind: 'pdf', name: 'print-headers.pdf' });

describe('Chromium print with header and footer', () => {
  it('drops the print header and footer', async () => {
    const doc = await read();
    const text = allText(doc);
    expect(text).not.toMatch(/file:\/\//);
    expect(text).not.toMatch(/\d+:\d\d/);
    expect(text).not.toMatch(/\b[12]\/2\b/);
    expect(doc.blocks.filter((b) => b.kind === 'text').map((b) => b.kind === 'text' && b.text)).toEqual(['测试年度报告', '本段为正文。', '表后正文。']);
  });

  it('joins the table over the page break, dropping the repeated header rows', async () => {
    const doc = await read();
    expect(tables(doc)).toHaveLength(1);
    const [t] = tables(doc);
    expect(t!.rowCount).toBe(35);
    expect(t!.cells.filter((c) => c.text === '合计')).toHaveLength(1);
    expect(values(rowOf(t!, '第21项'), 3)).toEqual(['21', '42', '63']);
    const label = t!.cells.find((c) => c.text === '三、本年度办理结果')!;
    expect([label.row, label.col, label.rowSpan]).toEqual([2, 0, 3]);
  });

  it('gives cells a source position on their page', async () => {
    const doc = await read();
    const cell = tables(doc)[0]!.cells.find((c) => c.text === '90')!;
    expect(cell.ref).toMatchObject({ kind: 'pdf', page: 2 });
    const ref = cell.ref as { x: number; y: number; width: number; height: number };
    expect(ref.width).toBeGreaterThan(0);
    expect(ref.y).toBeGreaterThan(0);
    expect(ref.y + ref.height).toBeLessThan(800);
  });
});
