// Audit speed per corpus PDF: pdf.js's own text read (getTextContent of every page) against the
// full audit (extractPdfBytes + recognition + rules + audit JSON), warm, in one process; then the
// full audit time of every corpus HTML page (jsdom parse included).
// Times are CPU milliseconds of this process (pdf.js runs its worker in-process in Node), which
// stay comparable when other jobs share the machine; wall-clock medians are printed alongside.
// Usage: npx tsx scripts/bench.ts [--runs N] [files…]   (default: the shared corpus PDFs)

import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { audit } from '../lib/audit/index';
import { extractHtmlFile } from '../lib/node/html';
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

async function fullAudit(bytes: Uint8Array, name: string): Promise<void> {
  audit(await extractPdfBytes(bytes, { kind: 'pdf', name }));
}

interface Sample {
  cpu: number;
  wall: number;
}

async function time(fn: () => Promise<void>): Promise<Sample> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await fn();
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - wall };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number) => x.toFixed(1);

console.log(`runs per file: ${runs} (median, after one warm-up of each); CPU ms, wall ms in brackets`);
console.log(['file', 'pdf.js text', 'full audit', 'ratio', 'wall ratio'].join('\t'));
const sum = { text: 0, extract: 0, textWall: 0, extractWall: 0 };
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  await textRead(bytes);
  await fullAudit(bytes, file);
  const a: Sample[] = [];
  const b: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await time(() => textRead(bytes)));
    b.push(await time(() => fullAudit(bytes, file)));
  }
  const ta = median(a.map((s) => s.cpu));
  const tb = median(b.map((s) => s.cpu));
  const wa = median(a.map((s) => s.wall));
  const wb = median(b.map((s) => s.wall));
  sum.text += ta;
  sum.extract += tb;
  sum.textWall += wa;
  sum.extractWall += wb;
  console.log([basename(file), `${fmt(ta)} [${fmt(wa)}]`, `${fmt(tb)} [${fmt(wb)}]`, (tb / ta).toFixed(2), (wb / wa).toFixed(2)].join('\t'));
}
console.log(
  ['total', `${fmt(sum.text)} [${fmt(sum.textWall)}]`, `${fmt(sum.extract)} [${fmt(sum.extractWall)}]`, (sum.extract / sum.text).toFixed(2), (sum.extractWall / sum.textWall).toFixed(2)].join('\t'),
);

if (!args.length) {
  const pages = ['html', 'mutants']
    .flatMap((d) => readdirSync(join(corpus, d)).filter((f) => f.endsWith('.html')).map((f) => join(corpus, d, f)))
    .concat(join(corpus, 'real', 'pingtan-2023-savedhtml.html'));
  const htmlAudit = async (bytes: Uint8Array, name: string) => {
    audit(await extractHtmlFile(bytes, { kind: 'html', name }));
  };
  await htmlAudit(new Uint8Array(readFileSync(pages[0]!)), pages[0]!);
  const times: number[] = [];
  for (const page of pages) {
    const bytes = new Uint8Array(readFileSync(page));
    const t: number[] = [];
    for (let i = 0; i < runs; i++) t.push((await time(() => htmlAudit(bytes, page))).wall);
    times.push(median(t));
  }
  console.log(`\nHTML full audit (parse + extract + recognise + rules), ${pages.length} pages: median ${fmt(median(times))} ms wall, max ${fmt(Math.max(...times))} ms`);
}
