// PDF reports on gov.cn hosts open in the extension's viewer (declarativeNetRequest redirect),
// whether the URL names a .pdf or a download URL serves application/pdf; the audit panel sits
// beside the pages and the original PDF is one click away.

import { describe, expect, it } from 'vitest';
import { skipWithoutChromium } from '../build/chromium';
import { badgeOf, settledState, tabIdOf } from './browser';
import { corpusDocs, expectedBadge, findingKeys, hasCorpus, truthOf } from './corpus';
import { govUrl, useExtension } from './context';

const docs = corpusDocs();
const byId = (id: string) => docs.find((d) => d.id === id)!;

describe.skipIf(skipWithoutChromium || !hasCorpus)('PDF takeover on gov.cn', () => {
  const env = useExtension();

  async function openInViewer(url: string) {
    const { browser } = env();
    // The background installs its redirect rules when it starts; a fresh profile may be faster.
    await expect
      .poll(() => browser.worker.evaluate(async () => (await chrome.declarativeNetRequest.getDynamicRules()).length))
      .toBeGreaterThan(0);
    const page = await browser.context.newPage();
    await page.goto(url).catch(() => {
      // The navigation is redirected to the extension; the viewer is checked below.
    });
    const viewer = `chrome-extension://${browser.extensionId}/viewer.html?file=${url}`;
    await expect.poll(() => page.url()).toBe(viewer);
    const tabId = await tabIdOf(browser.worker, viewer);
    const state = await settledState(browser.worker, tabId, 60_000);
    await expect.poll(() => page.locator('[data-status]').getAttribute('data-status')).toBe(state.status);
    return { page, tabId, state };
  }

  it('audits a .pdf report in the viewer, locates cells on the page, and opens the original', async () => {
    const doc = byId('mutant-p04-honggutan-t4-total');
    const truth = truthOf(doc);
    const { browser } = env();
    const url = govUrl(doc);
    const { page, tabId, state } = await openInViewer(url);
    expect(state.result!.tables).toEqual(truth.tables);
    expect(findingKeys(state.result!)).toEqual(findingKeys(truth));
    expect((await badgeOf(browser.worker, tabId)).text).toBe(expectedBadge(truth));
    const rules = await page.locator('[data-rule]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
    expect(rules.sort()).toEqual(state.result!.findings.map((f) => f.rule).sort());

    const finding = state.result!.findings.find((f) => f.rule === 't4-total')!;
    await page.locator('.nb-finding[data-rule="t4-total"] .nb-locate').click();
    await expect.poll(() => page.locator('.page [data-nianbao-highlight]').count()).toBe(new Set(finding.cells).size);

    await page.locator('[data-action="open-original"]').click();
    await expect.poll(() => page.url()).toBe(url);
    await page.close();
  });

  it('takes over a download URL served as application/pdf', async () => {
    const doc = byId('seed-004-quxian-2023.pdf-b');
    const url = `http://xxgk.quxian.gov.cn/download?f=${doc.path}`;
    const { page, state } = await openInViewer(url);
    expect(state.status).toBe('done');
    expect(findingKeys(state.result!)).toEqual(findingKeys(truthOf(doc)));
    await expect.poll(() => page.locator('.page canvas').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.close();
  });
});
