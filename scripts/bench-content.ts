// What the content script costs on gov.cn pages that are not reports: main-thread script time of
// the page's renderer (CDP Performance.getMetrics, which counts content scripts too) for
//   none      no extension
//   empty     an extension whose content script does nothing (what any content script costs:
//             the browser sets up its isolated world; the detector's own share is the difference)
//   detector  the extension as shipped: only the tiny detector runs on every page
//   eager     the full audit bundle run on every page (what a single manifest content script,
//             or a detector that always loaded the audit, would cost)
// and two generated pages at the sizes of issue 9: an ordinary 2 MB news column (what the
// detector costs on a large page that is not a report) and a real report inside 5 MB of site
// markup (what a whole audit costs there: eager − none, the audit having finished).
// Usage: npm run build && npx tsx scripts/bench-content.ts [--runs N] [EXTENSION_DIR]

import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM } from '../tests/build/chromium';
import { launchWithExtension } from '../tests/build/chromium';
import { launch, settledState, tabIdOf } from '../tests/e2e/browser';
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

const MB = 1024 * 1024;

/** Site markup of the kind gov.cn pages carry around an article: menus, link lists, a footer. */
function siteMarkup(bytes: number, seed: string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const block =
      i % 3 === 0
        ? `<div class="nav-menu"><ul>${Array.from({ length: 12 }, (_, k) => `<li class="menu-item"><a href="/col/${seed}${i}-${k}/index.html" title="栏目${k}">政务公开栏目${k}</a></li>`).join('')}</ul></div>`
        : i % 3 === 1
          ? `<ul class="news-list">${Array.from({ length: 10 }, (_, k) => `<li><a href="/art/2024/3/${i}/art_${k}.html" target="_blank">关于做好第${i}批重点工作的通知（${k}）</a><span class="date">2024-03-${String((k % 28) + 1).padStart(2, '0')}</span></li>`).join('')}</ul>`
          : `<div class="footer-links"><p>主办单位：某某县人民政府办公室 承办单位：某某县大数据中心 网站标识码：1409260001</p><p>地址：某某县某某路${i}号 联系电话：0350-7212345</p></div>`;
    parts.push(block);
    size += Buffer.byteLength(block);
  }
  return parts.join('\n');
}

function ordinaryPage(bytes: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>新闻动态_某某县人民政府</title></head><body><h1>新闻动态</h1>${siteMarkup(bytes, 'n')}</body></html>`;
}

/** A real report's page with `bytes` of site markup split before and after its article. */
function paddedReport(html: string, bytes: number): string {
  const open = /<body[^>]*>/i.exec(html);
  const close = html.search(/<\/body>/i);
  if (!open || close < 0) throw new Error('report page without a body');
  const at = open.index + open[0].length;
  return html.slice(0, at) + siteMarkup(bytes / 2, 'a') + html.slice(at, close) + siteMarkup(bytes / 2, 'b') + html.slice(close);
}

async function main() {
  const server = await serveCorpus(CORPUS);
  const urls = pages.map((d) => `http://xxgk.bench.gov.cn/${d.path}`);
  server.page('/generated/ordinary-2mb.html', ordinaryPage(2 * MB));
  const reportUrl = 'http://xxgk.bench.gov.cn/generated/report-in-5mb.html';
  server.page('/generated/report-in-5mb.html', paddedReport(readFileSync(join(CORPUS, 'real/pingtan-2023-savedhtml.html'), 'utf8'), 5 * MB));
  urls.push('http://xxgk.bench.gov.cn/generated/ordinary-2mb.html', reportUrl);
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

  const emptyDir = await mkdtemp(join(tmpdir(), 'nianbao-empty-ext-'));
  await writeFile(join(emptyDir, 'empty.js'), 'void 0;\n');
  await writeFile(join(emptyDir, 'background.js'), 'void 0;\n');
  await writeFile(
    join(emptyDir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'empty', version: '1', background: { service_worker: 'background.js' }, content_scripts: [{ matches: ['*://*.gov.cn/*'], js: ['empty.js'], run_at: 'document_idle' }] }),
  );
  const empty = await launchWithExtension(emptyDir, { args: [`--host-resolver-rules=MAP *.gov.cn 127.0.0.1:${server.port}`] });
  for (const url of urls) rows[url]!.empty = await measure(() => empty.context.newPage(), url);
  await empty.close();
  await rm(emptyDir, { recursive: true, force: true });

  const ext = await launch(extensionDir, server.port);
  const verdicts = new Set<string>();
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
      if (url === reportUrl) {
        const state = await settledState(ext.worker, tabId, 60_000);
        const cells = state.result?.tables ? Object.values(state.result.tables).filter((t) => t.found).length : 0;
        verdicts.add(`${state.status}, ${state.result?.findings.length ?? 0} findings, ${cells} tables read`);
      }
      else await new Promise((r) => setTimeout(r, 300));
    });
  }
  await ext.close();
  await server.close();

  const size = (f: string) => `${(statSync(join(extensionDir, 'content-scripts', f)).size / 1024).toFixed(0)} KB`;
  console.log(`the padded report's audit ended as: ${[...verdicts].join('; ')}`);
  console.log(`content scripts: detect.js ${size('../detect.js')}, overlay.js ${size('overlay.js')}`);
  console.log(`median main-thread script time (ms) over ${runs} loads of each non-report page:`);
  console.log('page'.padEnd(48), 'none'.padStart(8), 'empty'.padStart(8), 'detector'.padStart(9), 'eager'.padStart(8));
  for (const [url, r] of Object.entries(rows)) {
    const name = url.slice(url.lastIndexOf('/') + 1);
    console.log(name.padEnd(48), r.none!.toFixed(1).padStart(8), r.empty!.toFixed(1).padStart(8), r.detector!.toFixed(1).padStart(9), r.eager!.toFixed(1).padStart(8));
  }
}

await main();
