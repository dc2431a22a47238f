// Extraction speed per corpus PDF: pdf.js's own text read (getTextContent of every page) against
// extractPdfBytes (text + operator lists of table pages + grids), warm, in one process.
// Usage: npx tsx scripts/bench.ts [--runs N] [files…]   (default: the shared corpus PDFs)

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPdfBytes } from '../lib/node/pdf';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../../shared/corpus');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 7;
const files = args.length
  ? args
  : ['pdf', 'mutants', 'real'].flatMap((d) =>
      readdirSync(join(corpus, d))
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => join(corpus, d, f)),
    );

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const cMapUrl = join(root, 'cmaps') + sep;
const standardFontDataUrl = join(root, 'standard_fonts') + sep;

async function textRead(bytes: Uint8Array): Promise<void> {
  const task = pdfjs.getDocument({ data: bytes.slice(), cMapUrl, cMapPacked: true, standardFontDataUrl, verbosity: 0 });
  const doc = await task.promise;
  for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
  await task.destroy();
}

async function extraction(bytes: Uint8Array, name: string): Promise<void> {
  await extractPdfBytes(bytes, { kind: 'pdf', name });
}

async function time(fn: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`runs per file: ${runs} (median, after one warm-up of each)`);
console.log(['file', 'pdf.js text ms', 'extraction ms', 'ratio'].join('\t'));
let sumText = 0;
let sumExtract = 0;
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  await textRead(bytes);
  await extraction(bytes, file);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await time(() => textRead(bytes)));
    b.push(await time(() => extraction(bytes, file)));
  }
  const ta = median(a);
  const tb = median(b);
  sumText += ta;
  sumExtract += tb;
  console.log([basename(file), ta.toFixed(1), tb.toFixed(1), (tb / ta).toFixed(2)].join('\t'));
}
console.log(['total', sumText.toFixed(1), sumExtract.toFixed(1), (sumExtract / sumText).toFixed(2)].join('\t'));
