// Negative pages, the options page and the popup page, in Chromium and Firefox: pages that are
// not reports get nothing; switching "audit automatically" or "open PDFs in the audit view" off in
// the options page (its real checkboxes) stops them; the popup, opened for a tab, shows the
// tab's verdict and audits it again on request.

import { describe, expect, it } from 'vitest';
import { corpusDocs, findingKeys, hasCorpus, truthOf } from './corpus';
import { govUrl, useDriver } from './context';
import { badgeOf, BROWSERS, settledState, stateOf, tabIdOf, waitFor, type Driver } from './driver';

const docs = corpusDocs();
const byId = (id: string) => docs.find((d) => d.id === id)!;
const NEGATIVES = docs.filter((d) => d.format === 'html' && d.expect !== 'report');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sets one option through the options page's own checkbox. */
async function setOption(d: Driver, name: 'autoRun' | 'pdfTakeover', on: boolean) {
  const tab = await d.newTab();
  await tab.goto(`${d.extensionBase}options.html`);
  await waitFor(() => tab.attrs(`input[name="${name}"]`, 'name'), (n) => n.length === 1);
  const checked = await tab.evaluate<boolean>(`document.querySelector('input[name="${name}"]').checked`);
  if (checked !== on) await tab.click(`input[name="${name}"]`);
  await waitFor(() => d.ext<boolean | undefined>(`return (await api.storage.local.get('options')).options?.${name};`), (v) => v === on);
  await tab.close();
}

describe.each(BROWSERS)('negatives, options and popup in $name', ({ name, skip }) => {
  describe.skipIf(skip || !hasCorpus)(name, () => {
    const env = useDriver(name);

    it.each(NEGATIVES.map((d) => [d.id, d] as const))('shows nothing on %s', async (_id, doc) => {
      const { driver } = env();
      const tab = await driver.newTab();
      const url = govUrl(doc);
      await tab.goto(url);
      const tabId = await tabIdOf(driver, url);
      await sleep(800);
      // Pages the detector lets through are audited and found not to be 2021 reports.
      if (await stateOf(driver, tabId)) expect((await settledState(driver, tabId)).status).toBe('not-report');
      expect(await tab.attrs('[data-nianbao-audit]', 'data-status')).toEqual([]);
      expect((await badgeOf(driver, tabId)).text).toBe('');
      await tab.close();
    });

    it('audits nothing by itself when "audit automatically" is off', async () => {
      const { driver } = env();
      await setOption(driver, 'autoRun', false);
      try {
        const tab = await driver.newTab();
        const url = govUrl(byId('seed-002-panzhihua-2024.html-a'));
        await tab.goto(url);
        await sleep(1000);
        expect(await tab.attrs('[data-nianbao-audit]', 'data-status')).toEqual([]);
        expect(await stateOf(driver, await tabIdOf(driver, url))).toBeNull();
        await tab.close();
      } finally {
        await setOption(driver, 'autoRun', true);
      }
    });

    it('leaves PDFs to the browser when "open PDFs in the audit view" is off', async () => {
      const { driver } = env();
      await setOption(driver, 'pdfTakeover', false);
      try {
        await waitFor(() => driver.ext<number>(`return (await api.declarativeNetRequest.getDynamicRules()).length;`), (n) => n === 0);
        const tab = await driver.newTab();
        const url = govUrl(byId('seed-004-quxian-2023.pdf-b'));
        await tab.goto(url);
        await sleep(1500);
        expect(await tab.url()).toBe(url);
        await tab.close();
      } finally {
        await setOption(driver, 'pdfTakeover', true);
        await waitFor(() => driver.ext<number>(`return (await api.declarativeNetRequest.getDynamicRules()).length;`), (n) => n > 0);
      }
    });

    it("shows a tab's verdict in the popup and audits it again on request", async () => {
      const { driver } = env();
      const doc = byId('mutant-p08-quxian-t4-total');
      const tab = await driver.newTab();
      const url = govUrl(doc);
      await tab.goto(url);
      const tabId = await tabIdOf(driver, url);
      await settledState(driver, tabId);
      const popup = await driver.newTab();
      await popup.goto(`${driver.extensionBase}popup.html?tab=${tabId}`);
      const status = await waitFor(() => popup.attrs('.nb-popup-summary', 'data-status'), (s) => s[0] === 'done');
      expect(status).toEqual(['done']);
      expect(await popup.attrs('.nb-popup-summary', 'data-verdict')).toEqual(['errors']);
      const rules = await popup.attrs('.nb-popup-summary [data-rule]', 'data-rule');
      expect(rules.sort()).toEqual(truthOf(doc).findings.map((f) => f.rule).sort());

      await popup.click('[data-action="audit"]');
      const again = await settledState(driver, tabId);
      expect(findingKeys(again.result!)).toEqual(findingKeys(truthOf(doc)));
      await popup.close();
      await tab.close();
    });
  });
});
