// Audit speed, side by side. First as a user meets it, fresh processes: the shipped checker
// (node dist/audit.mjs --json) against a bare pdf.js text read (scripts/pdfjs-text.mjs) and
// poppler's pdftotext when installed, on the real PDFs of the corpus, and the checker on a real
// HTML report; wall seconds and peak memory (GNU time) as medians. Then warm, in one process:
// pdf.js's text read against the full audit per corpus PDF, and every corpus HTML page.
// Times are never asserted: this is a report, not a test.
// Last, batches (scripts/bench-batch.ts): 200 PDFs in one checker run, in 200 runs, with one worker.
// Usage: npm run bench -- [--runs N] [--fresh-only] [--batch-only] [--docs N] [files…]   (default: the shared corpus PDFs)

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { audit } from '../lib/audit/index';
import { extractHtmlFile } from '../lib/node/html';
import { extractPdfBytes } from '../lib/node/pdf';
import { benchBatch } from './bench-batch';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../../shared/corpus');
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 7;
const freshOnly = args.includes('--fresh-only');
if (freshOnly) args.splice(args.indexOf('--fresh-only'), 1);
const batchOnly = args.includes('--batch-only');
if (batchOnly) args.splice(args.indexOf('--batch-only'), 1);
const docsAt = args.indexOf('--docs');
const batchDocs = docsAt >= 0 ? Number(args.splice(docsAt, 2)[1]) : 200;
const files = args.length
  ? args
  : ['pdf', 'mutants', 'real'].flatMap((d) =>
      readdirSync(join(corpus, d))
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => join(corpus, d, f)),
    );

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number) => x.toFixed(1);

/** Wall seconds and peak RSS (MB) of a fresh process, medians of `runs` after one warm-up. */
function fresh(cmd: string[]): { wall: number; mb: number } | null {
  const gnuTime = '/usr/bin/time';
  const once = () => {
    const t0 = performance.now();
    const r = existsSync(gnuTime)
      ? spawnSync(gnuTime, ['-f', '%M', ...cmd], { encoding: 'utf8', maxBuffer: 1 << 26 })
      : spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8', maxBuffer: 1 << 26 });
    const wall = (performance.now() - t0) / 1000;
    const kb = Number(/(\d+)\s*$/.exec(r.stderr ?? '')?.[1] ?? NaN);
    return r.error ? null : { wall, mb: kb / 1024 };
  };
  if (!once()) return null;
  const samples = Array.from({ length: runs }, once).filter((s): s is { wall: number; mb: number } => s !== null);
  return { wall: median(samples.map((s) => s.wall)), mb: median(samples.map((s) => s.mb)) };
}

const node = process.execPath;
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
// The checker as shipped (scripts/audit.mjs rebuilds dist/ when a source changed).
execFileSync(node, [join(here, 'build-cli.mjs')]);
if (batchOnly) {
  benchBatch(batchDocs);
  process.exit(0);
}
const realPdfs = readdirSync(join(corpus, 'real')).filter((f) => f.endsWith('.pdf')).map((f) => join(corpus, 'real', f));
const row = (r: { wall: number; mb: number } | null) => (r ? `${r.wall.toFixed(3)} s ${r.mb.toFixed(0)} MB` : '–');
console.log(`fresh processes, median of ${runs} (wall, peak RSS)`);
console.log(['file', 'checker', 'pdf.js text', 'ratio', 'pdftotext'].join('\t'));
for (const file of args.length ? args : realPdfs) {
  const checker = fresh([node, join(here, '../dist/audit.mjs'), '--json', file]);
  const bare = fresh([node, join(here, 'pdfjs-text.mjs'), file]);
  const poppler = hasPdftotext ? fresh(['pdftotext', file, '-']) : null;
  const ratio = checker && bare ? (checker.wall / bare.wall).toFixed(2) : '–';
  console.log([basename(file), row(checker), row(bare), ratio, hasPdftotext ? row(poppler) : 'not installed'].join('\t'));
}
const htmlReport = join(corpus, 'real', 'pingtan-2023-savedhtml.html');
console.log(['pingtan-2023-savedhtml.html', row(fresh([node, join(here, '../dist/audit.mjs'), '--json', htmlReport]))].join('\t'));
if (freshOnly) process.exit(0);
console.log('');

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
    audit(extractHtmlFile(bytes, { kind: 'html', name }));
  };
  await htmlAudit(new Uint8Array(readFileSync(pages[0]!)), pages[0]!);
  const times: number[] = [];
  for (const page of pages) {
    const bytes = new Uint8Array(readFileSync(page));
    const t: number[] = [];
    for (let i = 0; i < runs; i++) t.push((await time(() => htmlAudit(bytes, page))).wall);
    times.push(median(t));
  }
  console.log(`\nHTML full audit (parse5 + extract + recognise + rules), ${pages.length} pages: median ${fmt(median(times))} ms wall, max ${fmt(Math.max(...times))} ms`);
}

if (!args.length) benchBatch(batchDocs);
