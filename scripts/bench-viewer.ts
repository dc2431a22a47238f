// Benchmark (not a test): how soon a gov.cn PDF shows, in the extension's viewer and in the
// browser's own viewer, in Debian's Chromium. For each real government PDF and each viewer, RUNS
// fresh tabs: the time from the navigation to the first screenshot that shows the page's text
// (same method for both viewers: the first frame of a CDP screencast that shows ink on paper,
// timed by the frame's own timestamp), and for the extension's viewer its own marks: file bytes arrived, page 1 painted
// (pdf.js's first "pagerendered"), verdict ready.
// Usage: npm run build && npx tsx scripts/bench-viewer.ts [--runs N] [EXTENSION_DIR]

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, launchWithExtension } from '../tests/build/chromium';
import { CORPUS } from '../tests/e2e/corpus';
import { serveCorpus } from '../tests/e2e/server';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
const extensionDir = resolve(args[0] ?? '.output/chrome-mv3');
const FILES = ['huaian-hongzequ-2023-govpdf.pdf', 'huaian-hongzequ-2024-govpdf.pdf', 'huaian-shi-2024-govpdf.pdf'];
const VIEWPORT = { width: 1280, height: 800 };

/**
 * Text on paper in an 8-bit RGB(A) non-interlaced PNG (as Chromium's screenshots are): the number
 * of near-black pixels next to a near-white one in their row. A dark viewer background or a page
 * edge gives at most a couple per row; a page of text gives thousands.
 */
function inkOnPaper(png: Buffer): number {
  let pos = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('ascii', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      channels = data[9] === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const prev = Buffer.alloc(stride);
  const row = Buffer.alloc(stride);
  let dark = 0;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? row[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      let v = line[i]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      row[i] = v & 0xff;
    }
    const lum = (x: number) => (row[x * channels]! + row[x * channels + 1]! + row[x * channels + 2]!) / 3;
    for (let x = 1; x < width; x++) {
      const a = lum(x - 1);
      const b = lum(x);
      if ((a < 80 && b > 200) || (a > 200 && b < 80)) dark++;
    }
    row.copy(prev);
  }
  return dark;
}

const INK = 1500;

/**
 * Milliseconds from `start` (epoch) to the first frame the compositor produced that shows text on
 * a page, from a CDP screencast of the tab (each frame carries its own timestamp).
 */
async function firstTextPaint(page: Page, start: number, timeout = 20_000): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  return new Promise<number>((resolve) => {
    let done = false;
    const finish = (v: number) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void cdp.send('Page.stopScreencast').catch(() => {}).finally(() => cdp.detach().catch(() => {}));
      resolve(v);
    };
    const timer = setTimeout(() => finish(NaN), timeout);
    cdp.on('Page.screencastFrame', (f) => {
      void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => {});
      if (done || inkOnPaper(Buffer.from(f.data, 'base64')) < INK) return;
      finish((f.metadata.timestamp ?? Date.now() / 1000) * 1000 - start);
    });
    cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 }).catch(() => finish(NaN));
  });
}

interface Marks {
  bytes: number;
  document: number;
  firstPage: number;
  verdict: number;
}

/** The viewer's own marks, in milliseconds since the navigation started at `start` (epoch). */
async function viewerMarks(page: Page, start: number): Promise<Marks> {
  await page.waitForFunction(() => document.documentElement.dataset.nbVerdict, undefined, { timeout: 60_000 });
  const m = await page.evaluate(() => {
    const d = document.documentElement.dataset;
    return { origin: performance.timeOrigin, bytes: Number(d.nbBytes), document: Number(d.nbDocument), firstPage: Number(d.nbFirstPage), verdict: Number(d.nbVerdict) };
  });
  const at = (t: number) => m.origin + t - start;
  return { bytes: at(m.bytes), document: at(m.document), firstPage: at(m.firstPage), verdict: at(m.verdict) };
}

/** `p`, or NaN with a note on stderr when it takes longer than `ms` (a hung tab is skipped). */
async function within<T>(ms: number, label: string, p: Promise<T>): Promise<T | typeof NaN> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      console.error(`  (${label}: no answer in ${ms} ms, run skipped)`);
      resolve(NaN);
    }, ms);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

const fmt = (all: number[]) => {
  const s = all.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return 'no measurement';
  const median = s[Math.floor(s.length / 2)]!;
  const missed = all.length - s.length;
  return `${median.toFixed(0).padStart(5)} ms (min ${s[0]!.toFixed(0)}, max ${s[s.length - 1]!.toFixed(0)}${missed ? `; ${missed} runs unmeasured` : ''})`;
};

async function main() {
  const server = await serveCorpus(CORPUS);
  const hostRule = `--host-resolver-rules=MAP *.gov.cn 127.0.0.1:${server.port}`;
  const flags = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', hostRule];
  const ours = await launchWithExtension(extensionDir, { options: { viewport: VIEWPORT }, args: [hostRule] });
  const profile = await mkdtemp(join(tmpdir(), 'nianbao-bench-'));
  // The browser's own viewer: the same Chromium without the extension.
  const native = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport: VIEWPORT, args: flags });
  try {
    await new Promise((r) => setTimeout(r, 1000)); // the extension's rules are in place
    console.log(`Chromium ${native.browser()?.version() ?? ''}, ${RUNS} runs per file and viewer, viewport ${VIEWPORT.width}×${VIEWPORT.height}`);
    for (const name of FILES) {
      const url = `http://www.huaian.gov.cn/real/${name}`;
      const nativePaint: number[] = [];
      const ourPaint: number[] = [];
      const marks: Marks[] = [];
      for (let i = 0; i < RUNS; i++) {
        for (const [ctx, own] of [[native, false], [ours.context, true]] as const) {
          const page = await ctx.newPage();
          const start = Date.now();
          const painted = firstTextPaint(page, start);
          void page.goto(url).catch(() => {});
          const paint = (await within(25_000, 'first paint', painted)) as number;
          if (own) {
            ourPaint.push(paint);
            const m = await within(60_000, 'verdict', viewerMarks(page, start));
            marks.push(typeof m === 'number' ? { bytes: NaN, document: NaN, firstPage: NaN, verdict: NaN } : m);
          } else nativePaint.push(paint);
          await within(10_000, 'closing the tab', page.close());
        }
      }
      console.log(`\n${name}`);
      console.log(`  browser's own viewer, text on screen   ${fmt(nativePaint)}`);
      console.log(`  audit viewer, text on screen            ${fmt(ourPaint)}`);
      console.log(`  audit viewer, file bytes arrived        ${fmt(marks.map((m) => m.bytes))}`);
      console.log(`  audit viewer, pdf.js document open      ${fmt(marks.map((m) => m.document))}`);
      console.log(`  audit viewer, page 1 painted            ${fmt(marks.map((m) => m.firstPage))}`);
      console.log(`  audit viewer, page 1 after the bytes    ${fmt(marks.map((m) => m.firstPage - m.bytes))}`);
      console.log(`  audit viewer, verdict                   ${fmt(marks.map((m) => m.verdict))}`);
      console.log(`  audit viewer, verdict after page 1      ${fmt(marks.map((m) => m.verdict - m.firstPage))}`);
    }
  } finally {
    await native.close();
    await rm(profile, { recursive: true, force: true });
    await ours.close();
    await server.close();
  }
}

await main();
