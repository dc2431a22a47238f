// PDFs on gov.cn hosts in the extension's viewer, in Chromium and Firefox: the takeover from a
// fresh profile's first navigation, every corpus PDF with its text layer and verdict (page 1
// painted before the audit ends), locate inside the visible area at 800 px, the docked panel's
// strip, find, "open the original", a non-report handed back to the browser's own viewer, and the
// viewer's refusals (framed; a file off gov.cn).

import { describe, expect, it } from 'vitest';
import { corpusDocs, expectedBadge, findingKeys, hasCorpus, truthOf, type CorpusDoc } from './corpus';
import { govUrl, useDriver } from './context';
import { badgeOf, BROWSERS, settledState, stateOf, tabIdOf, waitFor, type Driver, type Tab } from './driver';

const PDFS = corpusDocs().filter((d) => d.format === 'pdf');
const byId = (id: string) => PDFS.find((d) => d.id === id)!;
const NOTICE = 'http://www.panzhihua.gov.cn/fixtures/pdf/notice.pdf';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const viewerUrl = (d: Driver, file: string) => `${d.extensionBase}viewer.html?file=${file}`;

async function openInViewer(d: Driver, url: string) {
  const tab = await d.newTab();
  await tab.goto(url);
  const viewer = viewerUrl(d, url);
  expect(await waitFor(() => tab.url(), (u) => u === viewer)).toBe(viewer);
  const tabId = await tabIdOf(d, viewer);
  const state = await settledState(d, tabId, 60_000);
  expect(await waitFor(() => tab.attrs('.nb-root', 'data-status'), (s) => s?.[0] === state.status)).toEqual([state.status]);
  return { tab, tabId, state };
}

/** The boxes of a located finding and the visible area of the pages, in window coordinates. */
function boxesInView(tab: Tab) {
  return tab.evaluate<{ boxes: number; outside: number }>(`(() => {
    const area = document.getElementById('viewerContainer').getBoundingClientRect();
    const boxes = [...document.querySelectorAll('.page [data-nianbao-highlight]')].map((b) => b.getBoundingClientRect());
    const outside = boxes.filter((r) => r.left < area.left - 1 || r.right > area.right + 1 || r.top < area.top - 1 || r.bottom > area.bottom + 1);
    return { boxes: boxes.length, outside: outside.length };
  })()`);
}

describe.each(BROWSERS)('PDFs in the viewer in $name', ({ name, skip }) => {
  describe.skipIf(skip || !hasCorpus)(name, () => {
    const env = useDriver(name);

    // First: the profile is fresh and nothing has waited for the extension's rules.
    it("takes over a fresh profile's first PDF navigation", async () => {
      const { driver } = env();
      const url = govUrl(byId('seed-003-jingle-2023.pdf-b'));
      const tab = await driver.newTab();
      await tab.goto(url);
      expect(await waitFor(() => tab.url(), (u) => u === viewerUrl(driver, url))).toBe(viewerUrl(driver, url));
      await tab.close();
    });

    it.each(PDFS.map((d) => [d.id, d] as const))('%s: text layer, verdict, page 1 before the verdict', async (_id, doc: CorpusDoc) => {
      const { driver } = env();
      const truth = truthOf(doc);
      const { tab, tabId, state } = await openInViewer(driver, govUrl(doc));
      try {
        expect(state.result!.tables).toEqual(truth.tables);
        expect(findingKeys(state.result!)).toEqual(findingKeys(truth));
        expect((await badgeOf(driver, tabId)).text).toBe(expectedBadge(truth));
        const shown = await tab.attrs('.nb-finding', 'data-rule');
        expect(shown.sort()).toEqual(state.result!.findings.map((f) => f.rule).sort());
        // pdf.js's text layer: selectable text of page 1.
        const text = await waitFor(() => tab.evaluate<string>(`document.querySelector('.page[data-page-number="1"] .textLayer')?.textContent ?? ''`), (t) => t.length > 50);
        expect(text.replace(/\s/g, '')).toContain('政府信息公开');
        const marks = await tab.evaluate<{ first: number; verdict: number }>(
          `({ first: Number(document.documentElement.dataset.nbFirstPage), verdict: Number(document.documentElement.dataset.nbVerdict) })`,
        );
        expect(marks.first).toBeGreaterThan(0);
        expect(marks.first).toBeLessThan(marks.verdict);
      } finally {
        await tab.close();
      }
    });

    it('keeps every located cell of table 四 inside the visible area of an 800 px window', async () => {
      const { driver } = env();
      for (const id of ['mutant-p04-honggutan-t4-total', 'mutant-p21-yanbian-t4-total']) {
        const { tab, state } = await openInViewer(driver, govUrl(byId(id)));
        await tab.setViewport(800, 600);
        await sleep(300);
        // Each line of the panel names its finding's place in the audit (data-finding).
        let located = 0;
        for (const [i, f] of state.result!.findings.entries()) {
          if (!f.cells.some((c) => c.startsWith('reviews:'))) continue;
          const clicked = await tab.evaluate<boolean>(
            `(() => { const b = document.querySelector('.nb-finding[data-finding="${i}"] .nb-locate'); if (!b) return false; b.click(); return true; })()`,
          );
          if (!clicked) continue;
          const expected = new Set([...f.cells, ...(f.suspect ? [f.suspect] : [])]).size;
          const seen = await waitFor(() => boxesInView(tab), (v) => v.boxes === expected && v.outside === 0, 5000);
          expect(seen).toEqual({ boxes: expected, outside: 0 });
          located++;
        }
        expect(located).toBeGreaterThan(0);
        await tab.close();
      }
    });

    it('folds the docked panel into a strip, finds text, and opens the original', async () => {
      const { driver } = env();
      const url = govUrl(byId('mutant-p04-honggutan-t4-total'));
      const { tab } = await openInViewer(driver, url);
      const width = () => tab.evaluate<number>(`document.getElementById('viewerContainer').clientWidth`);
      const before = await width();
      await tab.click('.nb-root [data-action="collapse"]');
      expect(await waitFor(() => tab.evaluate<number>(`document.querySelector('aside.strip')?.clientWidth ?? 0`), (w) => w > 0)).toBeLessThan(60);
      expect(await width()).toBeGreaterThan(before + 250);
      await tab.click('[data-action="expand-panel"]');
      expect(await tab.attrs('.nb-root', 'data-status')).toHaveLength(1);

      await tab.evaluate(`(() => { const i = document.querySelector('[data-role="find"]'); i.value = '行政复议'; i.dispatchEvent(new Event('input', { bubbles: true })); })()`);
      const count = await waitFor(() => tab.evaluate<string>(`document.querySelector('[data-role="find-count"]')?.textContent ?? ''`), (t) => /\d/.test(t));
      expect(count).toMatch(/[1-9]/);
      expect(await tab.attrs('[data-role="host"]', 'title')).toEqual([url]);

      await tab.click('[data-action="open-original"]');
      expect(await waitFor(() => tab.url(), (u) => u === url)).toBe(url);
      await tab.close();
    });

    it('hands a PDF that is not a report back to the browser, once, with a "not a report" badge', async () => {
      const { driver, server } = env();
      const tab = await driver.newTab();
      await tab.goto(NOTICE);
      expect(await waitFor(() => tab.url(), (u) => u === NOTICE, 30_000)).toBe(NOTICE);
      await sleep(1500); // no redirect loop: it stays with the browser's viewer
      expect(await tab.url()).toBe(NOTICE);
      const tabId = await tabIdOf(driver, NOTICE);
      expect(await badgeOf(driver, tabId)).toMatchObject({ text: '–' });
      expect((await stateOf(driver, tabId))?.status).toBe('not-report');
      // Once by the viewer and once by the browser's own viewer (its cache is partitioned).
      expect(server.requests('/fixtures/pdf/notice.pdf')).toBeLessThanOrEqual(2);
      await tab.close();
    });

    it("fetches the file without the site's cookies", async () => {
      const { driver, server } = env();
      const doc = byId('seed-004-quxian-2023.pdf-b');
      const tab = await driver.newTab();
      await tab.goto(`http://xxgk.quxian.gov.cn/${corpusDocs().find((d) => d.id === 'seed-004-quxian-2023.html-b')!.path}`);
      await tab.evaluate(`document.cookie = 'session=secret; path=/'`);
      expect(await tab.evaluate<string>('document.cookie')).toContain('session=secret');
      const url = `${govUrl(doc)}?cookie-check`;
      await tab.goto(url);
      await waitFor(() => tab.attrs('.nb-root', 'data-status'), (s) => s.length === 1 && s[0] !== 'running', 60_000);
      const path = `/${doc.path}?cookie-check`;
      expect(server.requests(path)).toBeGreaterThan(0);
      expect(server.withCookies(path)).toBe(0);
      await tab.close();
    });

    it('refuses a file off gov.cn without fetching it', async () => {
      const { driver, server } = env();
      const tab = await driver.newTab();
      const url = viewerUrl(driver, 'http://reports.example.org/elsewhere/notice.pdf');
      await tab.goto(url);
      expect(await waitFor(() => tab.attrs('[data-refused]', 'data-refused'), (r) => r?.length === 1)).toEqual(['true']);
      expect(server.requests('/elsewhere/notice.pdf')).toBe(0);
      expect(await stateOf(driver, await tabIdOf(driver, url))).toBeNull();
      await tab.close();
    });

    it('runs nothing when framed: the page badge cannot be changed through it', async () => {
      const { driver, server } = env();
      // A file address no other test asks for: a framed viewer that ran would fetch it.
      const file = `${govUrl(byId('mutant-p04-honggutan-t4-total'))}?framed`;
      server.page(
        '/framing.html',
        `<!doctype html><meta charset="utf-8"><title>x</title><iframe src="${viewerUrl(driver, file)}" onload="document.body.dataset.framed = 'loaded'" width="800" height="600"></iframe>`,
      );
      const page = 'http://www.framing.gov.cn/framing.html';
      const tab = await driver.newTab();
      await tab.goto(page);
      expect(await waitFor(() => tab.evaluate<string>(`document.body.dataset.framed ?? ''`), (v) => v === 'loaded')).toBe('loaded');
      // Where the test driver can read the extension's frame (Chromium), it shows the refusal.
      const refused = await tab.frameEvaluate<string | null>(driver.extensionBase, `document.querySelector('[data-refused]')?.getAttribute('data-refused') ?? null`);
      if (name === 'chromium') expect(refused).toBe('true');
      await sleep(1000);
      const tabId = await tabIdOf(driver, page);
      expect(await stateOf(driver, tabId)).toBeNull();
      expect((await badgeOf(driver, tabId)).text).toBe('');
      expect(server.requests(new URL(file).pathname + new URL(file).search)).toBe(0);
      await tab.close();
    });
  });
});
