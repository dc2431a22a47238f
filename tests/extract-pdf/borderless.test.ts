// A PDF producer that draws no table borders: columns come from text positions only. Whatever the
// reader cannot place must become a doubt (needs-review), never a finding against the publisher.
// The PDFs are printed here by Debian's Chromium from corpus pages with every border removed.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../lib/audit/index';
import { extractPdfBytes } from '../../lib/node/pdf';
import { TABLE_IDS } from '../../lib/standard/tables';
import { CHROMIUM, skipWithoutChromium } from '../build/chromium';
import { corpusPath, hasCorpus } from '../helpers/corpus';

function printBorderless(page: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-borderless-'));
  const html = readFileSync(corpusPath(`html/${page}.html`), 'utf8').replace('</head>', '<style>*{border:none!important}</style></head>');
  writeFileSync(join(dir, 'page.html'), html);
  const pdf = join(dir, 'page.pdf');
  execFileSync(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${dir}/page.html`], {
    env: { ...process.env, HOME: dir },
    stdio: 'ignore',
    timeout: 60_000,
  });
  return new Uint8Array(readFileSync(pdf));
}

describe.skipIf(skipWithoutChromium || !hasCorpus)('PDFs without table borders', () => {
  for (const page of ['seed-004-quxian-2023.b', 'seed-001-honggutan-2023.b', 'seed-003-jingle-2023.b']) {
    it(`${page}: every value read is right, the rest is a doubt, no false finding`, async () => {
      const [seed, style] = page.split('.') as [string, string];
      const truth = JSON.parse(readFileSync(corpusPath(`truth/${seed}.html-${style}.json`), 'utf8'));
      const { result, report } = audit(await extractPdfBytes(printBorderless(page), { kind: 'pdf', name: page }));
      expect(report).not.toBeNull();
      for (const id of TABLE_IDS) {
        for (const [key, cell] of Object.entries(report!.tables[id].cells)) {
          const want = truth.tables[id].cells[key];
          if (cell.value !== null) expect(cell.value, `${id}:${key}`).toBe(want);
          else if (want !== null && report!.tables[id].found) expect(cell.status, `${id}:${key}`).toBe('uncertain');
        }
      }
      const truthKeys = new Set(truth.findings.map((f: { rule: string; cells: string[] }) => `${f.rule} ${[...f.cells].sort()}`));
      const accusing = result.findings.filter((f) => f.severity !== 'info' && !truthKeys.has(`${f.rule} ${[...f.cells].sort()}`));
      expect(accusing).toEqual([]);
    });
  }
});
