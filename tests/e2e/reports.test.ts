// Report pages and mutants of the corpus, served as gov.cn pages, in Chromium and Firefox: the
// extension detects them, audits them in place, and its badge, stored audit and overlay agree with
// the truth files.

import { describe, expect, it } from 'vitest';
import { corpusDocs, expectedBadge, findingKeys, hasCorpus, truthOf } from './corpus';
import { govUrl, useDriver } from './context';
import { badgeOf, BROWSERS, settledState, tabIdOf, waitFor } from './driver';

const REPORTS = corpusDocs().filter((d) => d.format === 'html' && d.expect === 'report');

describe.each(BROWSERS)('report pages on gov.cn in $name', ({ name, skip }) => {
  describe.skipIf(skip || !hasCorpus)(name, () => {
    const env = useDriver(name);

    it.each(REPORTS.map((d) => [d.id, d] as const))('%s', async (_id, doc) => {
      const { driver } = env();
      const truth = truthOf(doc);
      const tab = await driver.newTab();
      try {
        const url = govUrl(doc);
        await tab.goto(url);
        const tabId = await tabIdOf(driver, url);
        const state = await settledState(driver, tabId);
        const result = state.result!;
        expect(state.status).toMatch(/^(done|needs-review)$/);
        expect(result.tables).toEqual(truth.tables);
        expect(findingKeys(result)).toEqual(findingKeys(truth));

        const badge = await badgeOf(driver, tabId);
        expect(badge.text).toBe(expectedBadge(truth));
        expect(badge.title).not.toBe('');

        const status = await waitFor(() => tab.attrs('[data-nianbao-audit] >>> [data-status]', 'data-status'), (s) => s?.[0] === state.status);
        expect(status).toEqual([state.status]);
        const severities = await tab.attrs('[data-nianbao-audit] >>> [data-rule]', 'data-severity');
        const rules = await tab.attrs('[data-nianbao-audit] >>> [data-rule]', 'data-rule');
        const shown = rules.map((r, i) => `${severities[i]} ${r}`);
        const stored = result.findings.map((f) => `${f.severity} ${f.rule}`);
        expect(shown.sort()).toEqual(stored.sort());
      } finally {
        await tab.close();
      }
    });
  });
});
