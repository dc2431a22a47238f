// Listing pages, in Chromium and Firefox: a gov.cn 年报 column linking to corpus reports gets the
// right verdict chip beside each link (compared with the same engine's audit of each report in
// Node), the summary's counts equal those audits, its .xlsx export opens with exceljs, last year's
// report on the listing is compared across years on request, results are cached by ETag, requests
// stay at two per host at a time across tabs; a news list gets nothing, and the corpus's listing
// page is never audited as a report itself.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { audit } from '../../lib/audit/index';
import { countFindings, verdictOf } from '../../lib/messages/verdict';
import { figuresOf } from '../../lib/model/figures';
import { loadBytes, loadDocument } from '../../lib/node/load';
import { CORPUS, corpusDocs, hasCorpus } from './corpus';
import { useDriver } from './context';
import { BROWSERS, badgeOf, tabIdOf, waitFor, type Driver, type Tab } from './driver';

const SEED = corpusDocs().find((d) => d.id === 'seed-004-quxian-2023.html-a');
const P08 = corpusDocs().find((d) => d.id === 'mutant-p08-quxian-t4-total');
const P04 = corpusDocs().find((d) => d.id === 'mutant-p04-honggutan-t4-total');
const NEWS = 'html/negative-news-panzhihua-2024.html';
const HOST = 'http://xxgk.quxian.gov.cn';
const CROSS_YEAR = ['carryover-mismatch', 'in-force-chain'];

/** Seed 004 (渠县 2023) moved back a year, its 行政规范性文件 stock set to 40: the chain to 2023 breaks (40 + 3 − 24 ≠ 21). */
function quxian2022(): string {
  const text = readFileSync(join(CORPUS, 'seeds/004_04aef5a383ab1858.txt'), 'utf8')
    .replace(/2022/g, '2021')
    .replace(/2023/g, '2022')
    .replace(/2024/g, '2023')
    .replace(/^(行政规范性文件\t3\t24\t)21/m, '$140');
  expect(text).toMatch(/行政规范性文件\t3\t24\t40/);
  return text;
}

/** The listing: link text → served path. */
const LINKS: [string, string][] = [
  ['渠县2023年政府信息公开工作年度报告', `/v/${SEED?.path}`],
  ['渠县2022年政府信息公开工作年度报告', '/nb/quxian-2022.txt'],
  ['渠县财政局2023年政府信息公开工作年度报告', `/v/${P08?.path}`],
  ['红谷滩区2023年度政府信息公开工作年度报告', `/v/${P04?.path}`],
  ['攀枝花市2024年政府信息公开工作年度报告', `/v/${NEWS}`],
];

function listingPage(title: string): string {
  const items = LINKS.map(([text, href]) => `<li><a href="${href}" target="_blank">${text}</a><span class="date">2024-01-30</span></li>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
    <div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/nb/">政府信息公开年报</a></div>
    <h2>政府信息公开年报</h2><ul class="list">${items}</ul>
    <div class="page">共 6 条 <a href="/nb/index_1.html">下一页</a></div></body></html>`;
}

const NEWS_LIST = `<!doctype html><html><head><meta charset="utf-8"><title>政务要闻</title></head><body><h2>政务要闻</h2><ul>
  <li><a href="/news/1.html">渠县召开2023年度政府信息公开工作年度报告编制培训会</a></li>
  <li><a href="/news/2.html">关于做好2023年政府信息公开工作的通知</a></li>
  <li><a href="/news/3.html">《渠县2023年政府信息公开工作年度报告》解读</a></li>
  <li><a href="/news/4.html">关于印发渠县2023年政府信息公开工作年度报告的通知</a></li>
  <li><a href="/news/5.html">渠县政务公开工作推进会召开</a></li>
  <li><a href="/news/6.html">一图读懂渠县2023年政府信息公开工作年度报告</a></li></ul></body></html>`;

interface Expected {
  verdict: string;
  errors: number;
  warnings: number;
}

/** The cross-year findings the engine gives in Node for `path` against `previousPath`: rule, severity, cells. */
async function expectedCross(path: string, previousPath: string): Promise<string[]> {
  const previous = await docOf(previousPath);
  const last = audit(previous);
  const { result } = audit(await docOf(path), { previous: { figures: last.report ? figuresOf(last.report) : null, source: previous.source } });
  return result.findings.filter((f) => CROSS_YEAR.includes(f.rule)).map((f) => `${f.rule}:${f.severity}:${f.cells.join(' ')}`);
}

/** The same engine in Node, on the same bytes: what each chip must say. */
const docOf = (path: string) =>
  path === '/nb/quxian-2022.txt'
    ? loadBytes(new TextEncoder().encode(quxian2022()), 'quxian-2022.txt')
    : path.startsWith('/nb/2023/')
      ? loadBytes(new TextEncoder().encode(reportPage(path.endsWith('pager.html') ? WITH_PREVIOUS : WITH_COLUMN)), path)
      : loadDocument(join(CORPUS, path.slice('/v/'.length)));

async function expectedFor(path: string): Promise<Expected> {
  const { result } = audit(await docOf(path));
  const c = countFindings(result);
  return { verdict: verdictOf(result), errors: c.error, warnings: c.warning };
}

const chips = (tab: Tab) =>
  tab.evaluate<{ url: string; verdict: string | null; errors: string | null; warnings: string | null; text: string }[]>(
    `[...document.querySelectorAll('nianbao-chip')].map((h) => ({ url: h.getAttribute('data-nianbao-url'), verdict: h.getAttribute('data-nianbao-verdict'), errors: h.getAttribute('data-nianbao-errors'), warnings: h.getAttribute('data-nianbao-warnings'), text: h.shadowRoot.textContent }))`,
  );

const settled = (cs: { verdict: string | null }[]) => cs.length === LINKS.length && cs.every((c) => c.verdict !== null && !['queued', 'running'].includes(c.verdict));

/** The 2023 report's page as the site serves it, with a bare 上一篇 link or only its column in the breadcrumb. */
function reportPage(extra: string): string {
  const html = readFileSync(join(CORPUS, SEED!.path), 'utf8');
  return html.replace(/<body([^>]*)>/, `<body$1>${extra}`);
}
const WITH_PREVIOUS = '<p class="pager"><a href="/nb/quxian-2022.txt">上一篇</a></p>';
const WITH_COLUMN = '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/nb/index.html">政府信息公开年报</a></div>';

function serveListing(server: { page: (p: string, b: string, t?: string) => void }) {
  server.page('/nb/2023/pager.html', reportPage(WITH_PREVIOUS));
  server.page('/nb/2023/crumb.html', reportPage(WITH_COLUMN));
  server.page('/nb/index.html', listingPage('政府信息公开年报'));
  server.page('/nb/index-2.html', listingPage('政府信息公开年报（二）'));
  server.page('/nb/index_1.html', `<!doctype html><html><head><meta charset="utf-8"><title>年报</title></head><body><a href="/v/${SEED?.path}?old=1">渠县2021年政府信息公开工作年度报告</a></body></html>`);
  server.page('/nb/quxian-2022.txt', quxian2022(), 'text/plain; charset=utf-8');
  server.page('/news/index.html', NEWS_LIST);
}

const listingFrame = (d: Driver) => `${d.extensionBase}listing.html`;

describe.each(BROWSERS)('listing pages in $name', ({ name, skip }) => {
  describe.skipIf(skip || !hasCorpus)(name, () => {
    const env = useDriver(name);

    it('a chip beside each report link, the summary equal to per-report audits, .xlsx export, cross-year on request', async () => {
      const { driver, server } = env();
      expect([SEED, P08, P04].map((d) => d?.id ?? null)).not.toContain(null);
      serveListing(server);
      const expected = await Promise.all(LINKS.map(([, path]) => expectedFor(path)));
      expect(expected.map((e) => e.verdict)).toEqual(['clean', 'clean', 'errors', 'errors', 'not-report']);

      const tab = await driver.newTab();
      await tab.goto(`${HOST}/nb/index.html`);
      const got = await waitFor(() => chips(tab), settled, 90_000);
      expect(got.map((c) => c.url)).toEqual(LINKS.map(([, path]) => `${HOST}${path}`));
      for (const [i, c] of got.entries()) {
        const e = expected[i]!;
        expect([c.verdict, c.errors, c.warnings], LINKS[i]![0]).toEqual([e.verdict, String(e.errors), String(e.warnings)]);
      }
      expect(got[0]!.text).toMatch(/✓ (通过|clean)/);
      expect(got[2]!.text).toMatch(new RegExp(`✗ ${expected[2]!.errors}`));
      // Not treated as a report itself: no overlay, no badge.
      expect(await tab.attrs('[data-nianbao-audit]', 'data-nianbao-audit')).toEqual([]);
      expect((await badgeOf(driver, await tabIdOf(driver, `${HOST}/nb/index.html`))).text).toBe('');
      // Two requests per host at a time at most.
      expect(server.maxInFlight('xxgk.quxian.gov.cn')).toBeLessThanOrEqual(2);

      // Firefox's driver (puppeteer over BiDi) lists no extension frame inside a web page, so the
      // summary is checked in Chromium; Firefox's frame is exercised by the chips above.
      if (driver.name === 'firefox') return void (await tab.close());
      await tab.click('nianbao-listing >>> button[data-action="summary"]');
      const frame = listingFrame(driver);
      const rows = await waitFor(
        () => tab.frameEvaluate<{ url: string; verdict: string; errors: string; warnings: string }[]>(frame, `[...document.querySelectorAll('tr[data-url]')].map((r) => ({ url: r.dataset.url, verdict: r.dataset.verdict, errors: r.dataset.errors, warnings: r.dataset.warnings }))`),
        (r) => r !== null && r.length === LINKS.length,
      );
      expect(rows, 'the listing frame is reachable').not.toBeNull();
      if (rows === null) return;
      expect(rows.map((r) => [r.verdict, r.errors, r.warnings])).toEqual(
        expected.map((e) => [e.verdict, e.verdict === 'not-report' ? '' : String(e.errors), e.verdict === 'not-report' ? '' : String(e.warnings)]),
      );

      // The .xlsx export, caught as the Blob the button saves, read back with exceljs.
      const base64 = await tab.frameEvaluate<string>(
        frame,
        `new Promise((resolve) => {
          const original = URL.createObjectURL;
          URL.createObjectURL = (blob) => { URL.createObjectURL = original; const r = new FileReader(); r.onload = () => resolve(String(r.result).split(',')[1]); r.readAsDataURL(blob); return original(blob); };
          document.querySelector('button[data-action="xlsx"]').click();
        })`,
      );
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(base64!, "base64") as unknown as Parameters<typeof wb.xlsx.load>[0]);
      const sheet: unknown[][] = [];
      wb.worksheets[0]!.eachRow((row) => sheet.push((row.values as unknown[]).slice(1)));
      expect(sheet.length).toBe(LINKS.length + 1);
      const body = sheet.slice(1);
      expect(body.map((r) => r[9])).toEqual(LINKS.map(([, path]) => `${HOST}${path}`));
      expect(body.map((r) => [r[3] ?? null, r[4] ?? null])).toEqual(
        expected.map((e) => (e.verdict === 'not-report' ? [null, null] : [e.errors, e.warnings])),
      );

      // Cross-year on request: 渠县 2023 against the 2022 report on the same listing.
      await tab.frameEvaluate(frame, `document.querySelector('tr[data-url="${HOST}${LINKS[0]![1]}"] button[data-action="cross-year"]').click()`);
      const cross = await waitFor(
        () => tab.frameEvaluate<{ previous: string; rules: string[] }>(frame, `(() => { const s = document.querySelector('[data-role="cross-year"]'); return s && { previous: s.dataset.previous, rules: [...s.querySelectorAll('li')].map((li) => li.dataset.rule + ':' + li.dataset.severity + ':' + li.dataset.cells) }; })()`),
        (c) => c !== null && c.rules.length > 0,
      );
      const crossExpected = await expectedCross(LINKS[0]![1], LINKS[1]![1]);
      // The broken chain is named on this year's 行政规范性文件 cells (40 + 3 − 24 ≠ 21); the
      // synthetic year's carry-over differs too, and the section shows exactly what the engine gives.
      expect(crossExpected).toContain('in-force-chain:warning:active:normative.issued active:normative.repealed active:normative.in_force');
      expect(cross).toEqual({ previous: `${HOST}/nb/quxian-2022.txt`, rules: crossExpected });

      // Pagination only on request: the next page's report joins the summary.
      await tab.frameEvaluate(frame, `document.querySelector('button[data-action="next-page"]').click()`);
      expect(await waitFor(() => tab.frameEvaluate<number>(frame, `document.querySelectorAll('tr[data-url]').length`), (n) => n === LINKS.length + 1)).toBe(LINKS.length + 1);
      await tab.close();
    }, 180_000);

    it('cached by ETag: a second visit gets 304s and the same chips; two tabs at once keep two requests per host', async () => {
      const { driver, server } = env();
      serveListing(server);
      const first = await driver.newTab();
      await first.goto(`${HOST}/nb/index.html`);
      const before = await waitFor(() => chips(first), settled, 90_000);
      await first.close();
      const again = await driver.newTab();
      await again.goto(`${HOST}/nb/index.html`);
      const after = await waitFor(() => chips(again), settled, 90_000);
      expect(after.map((c) => c.verdict)).toEqual(before.map((c) => c.verdict));
      expect(server.notModified(`/v/${SEED!.path}`)).toBeGreaterThanOrEqual(1);
      await again.close();

      // Two listings of another host open at once: the per-host limit holds across tabs.
      const other = 'http://www.jingxian.gov.cn';
      const tabs = [await driver.newTab(), await driver.newTab()];
      await Promise.all([tabs[0]!.goto(`${other}/nb/index.html`), tabs[1]!.goto(`${other}/nb/index-2.html`)]);
      for (const t of tabs) await waitFor(() => chips(t), settled, 90_000);
      expect(server.maxInFlight('www.jingxian.gov.cn')).toBeGreaterThanOrEqual(1);
      expect(server.maxInFlight('www.jingxian.gov.cn')).toBeLessThanOrEqual(2);
      for (const t of tabs) await t.close();
    }, 240_000);

    it('a report page: last year\'s report found on request from its 上一篇 link or its column, compared as a section of its own', async () => {
      const { driver, server } = env();
      serveListing(server);
      for (const path of ['/nb/2023/pager.html', '/nb/2023/crumb.html']) {
        const expected = await expectedCross(path, '/nb/quxian-2022.txt');
        expect(expected).toContain('in-force-chain:warning:active:normative.issued active:normative.repealed active:normative.in_force');
        const tab = await driver.newTab();
        await tab.goto(`${driver.extensionBase}listing.html?report=${encodeURIComponent(HOST + path)}`);
        const got = await waitFor(
          () => tab.evaluate<{ state: string; previous: string; rules: string[] } | null>(`(() => { const m = document.querySelector('[data-role="last-year"]'); return m && { state: m.dataset.state, previous: m.dataset.previous, rules: [...document.querySelectorAll('[data-role="cross-year"] li')].map((li) => li.dataset.rule + ':' + li.dataset.severity + ':' + li.dataset.cells) }; })()`).catch(() => null),
          (g) => g !== null && g.state === 'done' && g.rules.length > 0,
          60_000,
        );
        expect(got, path).toEqual({ state: 'done', previous: `${HOST}/nb/quxian-2022.txt`, rules: expected });
        await tab.close();
      }
      // A report page with neither: nothing found, said so.
      const tab = await driver.newTab();
      await tab.goto(`${driver.extensionBase}listing.html?report=${encodeURIComponent(`${HOST}/v/${SEED!.path}`)}`);
      const none = await waitFor(() => tab.evaluate<string | null>(`document.querySelector('[data-role="last-year"]')?.dataset.state ?? null`).catch(() => null), (s) => s === 'done', 60_000);
      expect(none).toBe('done');
      expect(await tab.evaluate<number>(`document.querySelectorAll('[data-role="not-found"]').length`)).toBe(1);
      await tab.close();
    }, 180_000);

    it('a news list gets nothing; the corpus listing page gets chips but is never audited as a report', async () => {
      const { driver, server } = env();
      serveListing(server);
      const news = await driver.newTab();
      await news.goto(`${HOST}/news/index.html`);
      await new Promise((r) => setTimeout(r, 2500));
      expect(await news.attrs('nianbao-chip', 'data-nianbao-url')).toEqual([]);
      expect(await news.attrs('nianbao-listing', 'data-nianbao-total')).toEqual([]);
      expect(await news.attrs('nianbao-attachment', 'data-nianbao-file')).toEqual([]);
      await news.close();

      const listing = await driver.newTab();
      const url = 'http://www.sxjl.gov.cn/html/negative-listing-jingle.html';
      await listing.goto(url);
      const total = await waitFor(() => listing.attrs('nianbao-listing', 'data-nianbao-total'), (t) => t.length === 1);
      expect(total).toEqual(['12']);
      await new Promise((r) => setTimeout(r, 1500));
      expect(await listing.attrs('[data-nianbao-audit]', 'data-nianbao-audit')).toEqual([]);
      expect((await badgeOf(driver, await tabIdOf(driver, url))).text).toBe('');
      await listing.close();
    }, 120_000);
  });
});
