// What the content script costs on gov.cn pages that are not reports: main-thread script time of
// the page's renderer (CDP Performance.getMetrics, which counts content scripts too) for
//   none      no extension
//   detector  the extension as shipped: only the tiny detector runs on every page
//   eager     the full audit bundle run on every page (what a single manifest content script,
//             or a detector that always loaded the audit, would cost)
// Usage: npm run build && npx tsx scripts/bench-content.ts [--runs N] [EXTENSION_DIR]

import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM } from '../tests/build/chromium';
import { launch, tabIdOf } from '../tests/e2e/browser';
import { CORPUS, corpusDocs } from '../tests/e2e/corpus';
import { serveCorpus } from '../tests/e2e/server';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
const extensionDir = resolve(args[0] ?? '.output/chrome-mv3');
const pages = corpusDocs().filter((d) => d.format === 'html' && d.kind !== 'report' && d.kind !== 'old-format');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;


async function measure(
  newPage: () => Promise<Page>,
  url: string,
  after?: (page: Page) => Promise<void>,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await newPage();
    // Metrics count only while enabled: enable before the navigation.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300); // document_idle has passed; the detector has run
    await after?.(page);
    const { metrics } = await cdp.send('Performance.getMetrics');
    times.push((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000);
    await page.close();
  }
  return median(times);
}

async function main() {
  const server = await serveCorpus(CORPUS);
  const urls = pages.map((d) => `http://xxgk.bench.gov.cn/${d.path}`);
  const rows: Record<string, Record<string, number>> = {};

  const profile = await mkdtemp(join(tmpdir(), 'nianbao-bench-'));
  const plain = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--host-resolver-rules=MAP *.gov.cn 127.0.0.1:${server.port}`, '--no-sandbox', '--disable-gpu'],
  });
  for (const url of urls) (rows[url] ??= {}).none = await measure(() => plain.newPage(), url);
  await plain.close();
  await rm(profile, { recursive: true, force: true });

  const ext = await launch(extensionDir, server.port);
  for (const url of urls) {
    rows[url]!.detector = await measure(() => ext.context.newPage(), url);
    rows[url]!.eager = await measure(() => ext.context.newPage(), url, async () => {
      const tabId = await tabIdOf(ext.worker, url);
      // A string, not a function: tsx's name-keeping helper does not exist in the worker.
      await ext.worker.evaluate(`(async () => {
        const target = { tabId: ${tabId} };
        await chrome.scripting.executeScript({ target, func: function () { globalThis.nianbaoTrigger = 'auto'; } });
        await chrome.scripting.executeScript({ target, files: ['/content-scripts/overlay.js'] });
      })()`);
      await new Promise((r) => setTimeout(r, 300));
    });
  }
  await ext.close();
  await server.close();

  const size = (f: string) => `${(statSync(join(extensionDir, 'content-scripts', f)).size / 1024).toFixed(0)} KB`;
  console.log(`content scripts: detect.js ${size('detect.js')}, overlay.js ${size('overlay.js')}`);
  console.log(`median main-thread script time (ms) over ${runs} loads of each non-report page:`);
  console.log('page'.padEnd(48), 'none'.padStart(8), 'detector'.padStart(9), 'eager'.padStart(8));
  for (const [url, r] of Object.entries(rows)) {
    const name = url.slice(url.lastIndexOf('/') + 1);
    console.log(name.padEnd(48), r.none!.toFixed(1).padStart(8), r.detector!.toFixed(1).padStart(9), r.eager!.toFixed(1).padStart(8));
  }
}

await main();
