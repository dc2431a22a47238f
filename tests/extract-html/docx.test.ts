// A report saved as DOCX (a corpus mutant through LibreOffice, tests/fixtures/docx) read by mammoth
// into the HTML extractor: the same tables and findings as the truth of that mutant.
// @vitest-environment node

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { audit } from '../../lib/audit/index';
import { extractHtml } from '../../lib/extract/html/index';
import { docxToHtml, looksLikeDocx } from '../../lib/source/docx';
import { hasCorpus, manifest, readTruth } from '../helpers/corpus';

const FIXTURE = resolve(__dirname, '../fixtures/docx/mutant-p08-quxian-t4-total.docx');
const keys = (findings: { rule: string; severity: string; cells: string[] }[]) =>
  findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${[...f.cells].sort().join(',')}`).sort();

describe.skipIf(!hasCorpus && !process.env.CI)('DOCX reports', () => {
  it('reads a Word report into the tables and findings of its truth', async () => {
    const data = new Uint8Array(readFileSync(FIXTURE));
    expect(looksLikeDocx(data)).toBe(true);
    const html = await docxToHtml(data);
    const doc = new JSDOM(html).window.document;
    const { result } = audit(extractHtml(doc, { kind: 'html', name: 'report.docx' }), { lang: 'zh' });
    const truth = readTruth(manifest().find((d) => d.id === 'mutant-p08-quxian-t4-total')!);
    expect(result.tables).toEqual(truth.tables);
    expect(keys(result.findings)).toEqual(keys(truth.findings));
  });

  it('tells a DOCX from a legacy .doc or a PDF by its first bytes', () => {
    expect(looksLikeDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(false);
    expect(looksLikeDocx(new TextEncoder().encode('%PDF-1.7'))).toBe(false);
  });
});
