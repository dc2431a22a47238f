// Report pages and mutants of the corpus, served as gov.cn pages: the extension detects them,
// audits them in place, and its badge, stored audit and overlay agree with the truth files.

import { describe, expect, it } from 'vitest';
import { skipWithoutChromium } from '../build/chromium';
import { badgeOf, overlayRoot, settledState, tabIdOf } from './browser';
import { corpusDocs, expectedBadge, findingKeys, hasCorpus, truthOf } from './corpus';
import { govUrl, useExtension } from './context';

const REPORTS = corpusDocs().filter((d) => d.format === 'html' && d.expect === 'report');

describe.skipIf(skipWithoutChromium || !hasCorpus)('report pages on gov.cn', () => {
  const env = useExtension();

  it.each(REPORTS.map((d) => [d.id, d] as const))('%s', async (_id, doc) => {
    const { browser } = env();
    const truth = truthOf(doc);
    const page = await browser.context.newPage();
    try {
      const url = govUrl(doc);
      await page.goto(url);
      const tabId = await tabIdOf(browser.worker, url);
      const state = await settledState(browser.worker, tabId);
      const result = state.result!;
      expect(state.status).toMatch(/^(done|needs-review)$/);
      expect(result.tables).toEqual(truth.tables);
      expect(findingKeys(result)).toEqual(findingKeys(truth));

      const badge = await badgeOf(browser.worker, tabId);
      expect(badge.text).toBe(expectedBadge(truth));
      expect(badge.title).not.toBe('');

      const root = overlayRoot(page);
      await expect.poll(() => root.getAttribute('data-status')).toBe(state.status);
      const shown = await root.locator('[data-rule]').evaluateAll((els) =>
        els.map((el) => `${el.getAttribute('data-severity')} ${el.getAttribute('data-rule')}`),
      );
      const stored = result.findings.map((f) => `${f.severity} ${f.rule}`);
      expect(shown.sort()).toEqual(stored.sort());
    } finally {
      await page.close();
    }
  });
});
