// Outside gov.cn the extension has no host access and runs nothing by itself; the popup's button
// audits the tab on demand through activeTab.

import { describe, expect, it } from 'vitest';
import { skipWithoutChromium } from '../build/chromium';
import { openPopupOn } from './action';
import { OTHER_HOST, OVERLAY_HOST, overlayRoot } from './browser';
import { findingKeys, hasCorpus, corpusDocs, truthOf } from './corpus';
import { useExtension } from './context';

const DOC = corpusDocs().find((d) => d.id === 'mutant-p08-quxian-t4-total');

describe.skipIf(skipWithoutChromium || !hasCorpus)('popup on a host outside gov.cn', () => {
  const env = useExtension();

  it('audits the page only when asked, and shows the verdict in the popup', async () => {
    const { browser } = env();
    const page = await browser.context.newPage();
    const url = `http://${OTHER_HOST}/${DOC!.path}`;
    await page.goto(url);
    await page.waitForTimeout(1000);
    expect(await page.locator(OVERLAY_HOST).count()).toBe(0);

    const popup = await openPopupOn(browser, url);
    await popup.evaluate(`new Promise((resolve) => {
      const click = () => {
        const button = document.querySelector('[data-action="audit"]');
        if (button && !button.disabled) { button.click(); resolve(true); } else setTimeout(click, 50);
      };
      click();
    })`);
    const root = overlayRoot(page);
    await expect.poll(() => root.getAttribute('data-status'), { timeout: 20_000 }).toBe('done');
    const shown = await root.locator('[data-rule]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
    const truth = truthOf(DOC!);
    expect(shown.sort()).toEqual(truth.findings.map((f) => f.rule).sort());

    const popupStatus = await popup.evaluate<string>(`new Promise((resolve) => {
      const read = () => {
        const el = document.querySelector('.nb-popup-summary');
        const status = el && el.getAttribute('data-status');
        if (status && status !== 'running') resolve(status + ' ' + el.getAttribute('data-verdict')); else setTimeout(read, 50);
      };
      read();
    })`);
    expect(popupStatus).toBe('done errors');
    const popupRules = await popup.evaluate<string[]>(
      `[...document.querySelectorAll('.nb-popup-summary [data-rule]')].map((el) => el.getAttribute('data-rule'))`,
    );
    expect(popupRules.sort()).toEqual(truth.findings.map((f) => f.rule).sort());
    expect(findingKeys(truth).length).toBe(popupRules.length);
  });
});

describe.skipIf(skipWithoutChromium || !hasCorpus)('popup: report links on a page the detector did not look through', () => {
  const env = useExtension();

  it('marks nothing by itself on a news page, and the stray report link once asked', async () => {
    const { browser, server } = env();
    server.page(
      '/xwdt/index.html',
      `<!doctype html><html><head><meta charset="utf-8"><title>新闻动态_某某县人民政府</title></head><body><h1>新闻动态</h1><ul>
        <li><a href="/news/1.html">关于做好重点工作的通知</a></li>
        <li><a href="/news/2.html">县政府召开常务会议</a></li></ul>
        <p>附件：<a href="/${DOC!.path}">某某县2023年政府信息公开工作年度报告.pdf</a></p></body></html>`,
    );
    const url = 'http://www.quxian.gov.cn/xwdt/index.html';
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(1200);
    const marks = () => page.evaluate(() => document.querySelectorAll('nianbao-chip, nianbao-attachment, nianbao-listing').length);
    expect(await marks()).toBe(0);

    const popup = await openPopupOn(browser, url);
    const note = await popup.evaluate<string>(`new Promise((resolve) => {
      const click = () => {
        const button = document.querySelector('[data-action="find-links"]');
        if (button && !button.disabled) button.click(); else return setTimeout(click, 50);
        const read = () => { const el = document.querySelector('.nb-links-found, .nb-error'); el ? resolve(el.className + ' ' + el.textContent) : setTimeout(read, 50); };
        read();
      };
      click();
    })`);
    expect(note).toMatch(/^nb-links-found /);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('nianbao-chip').length), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('nianbao-chip').getAttribute('data-nianbao-url')).toBe(`http://www.quxian.gov.cn/${DOC!.path}`);
  });
});
