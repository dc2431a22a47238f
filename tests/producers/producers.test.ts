// Word-like PDFs from LibreOffice (see producers.ts), made fresh on every run from corpus documents
// whose truth we know, audited with the checker's own functions. A few layouts that once read
// wrong: a row cut by a page break inside a merged label (narrow margins), a header row cut by a
// page break with text overflowing its merged cell (default fonts), and LibreOffice's borderless
// HTML import; and two that must stay right: tables over page breaks, vertical group labels. Whatever the producer,
// no false error and no misread number; the ruled layouts read exactly as the truth.
// CI installs LibreOffice (libreoffice-writer-nogui, fonts-wqy-zenhei); there its absence fails.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFile } from '../variants/audit';
import { compare, type Comparison } from '../variants/compare';
import { findSoffice, SOFFICE_PACKAGES } from './convert';
import { htmlSources, makePdfs, PRODUCERS, type Made } from './producers';

const soffice = findSoffice();
const inCi = !!process.env.CI;

const CASES: [document: string, producer: string][] = [
  ['seed-001-honggutan-2023.html-a', 'lo-narrow'],
  ['real-pingtan-htp-2023-savedhtml', 'lo-narrow'],
  ['seed-004-quxian-2023.html-b', 'lo-break'],
  ['seed-002-panzhihua-2024.html-b', 'lo-vertical-tbrl'],
  ['real-pingtan-hzs-2024-savedhtml', 'lo-default'],
  ['seed-001-honggutan-2023.html-b', 'lo-html'],
];

describe('LibreOffice is there when CI runs', () => {
  it.runIf(inCi)(`soffice is installed (apt-get install -y ${SOFFICE_PACKAGES})`, () => {
    expect(soffice, `LibreOffice is missing: .ci/run must apt-get install ${SOFFICE_PACKAGES}`).not.toBeNull();
  });
});

describe.skipIf(!soffice)('Word-like PDFs printed by LibreOffice', () => {
  let dir = '';
  let made: Made[] = [];
  const results = new Map<string, { made: Made; c: Comparison | null; error?: string; info: Set<string> }>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-producers-test-'));
    const sources = htmlSources();
    const jobs = CASES.map(([doc, prod]) => {
      const source = sources.find((s) => s.id === doc);
      const producer = PRODUCERS.find((p) => p.id === prod);
      if (!source || !producer) throw new Error(`no corpus document ${doc} or producer ${prod}`);
      return { source, producer };
    });
    made = await makePdfs(jobs, dir);
    for (const m of made) {
      const run = m.pdf ? await auditFile(m.pdf) : { output: null, error: 'LibreOffice wrote no PDF' };
      const findings = (run.output?.findings ?? []) as { severity?: string; cells?: string[] }[];
      const info = new Set(findings.filter((f) => f.severity === 'info').flatMap((f) => f.cells ?? []));
      results.set(`${m.source.id}~${m.producer.id}`, { made: m, c: run.output ? compare(m.source.truth, run.output) : null, error: run.error, info });
    }
  }, 240_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const [doc, prod] of CASES) {
    it(`${doc} ~ ${prod}: no false error, no misread cell${prod === 'lo-html' ? ', every unread cell a doubt' : ', read as the truth'}`, () => {
      const r = results.get(`${doc}~${prod}`)!;
      expect(r.made.pdf, 'LibreOffice wrote no PDF').not.toBeNull();
      expect(r.c, r.error).not.toBeNull();
      const c = r.c!;
      expect(c.detected).toBe(true);
      expect([...c.findings.falseErrors, ...c.findings.errorsWithOtherCells].map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      expect(c.cells.misread).toEqual([]);
      if (prod === 'lo-html') {
        // Borderless: what cannot be placed is left to the reader (needs-review or an info finding).
        const silent = c.cells.unread.filter((m) => !r.info.has(m.cell) && !c.tables.some((t) => m.cell.startsWith(`${t.table}:`)));
        expect(silent).toEqual([]);
      } else {
        expect(c.cells.unread).toEqual([]);
        expect(c.findings.extra.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
        expect(c.pass).toBe(true);
      }
    });
  }
});
