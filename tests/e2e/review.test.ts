// A report whose table 三 was published as a picture: the extension must not accuse the publisher
// of a missing table. It says "needs review": grey "?" badge, overlay status needs-review, and
// the table's copy menu is disabled with that reason.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skipWithoutChromium } from '../build/chromium';
import { uiText } from '../../lib/i18n/ui';
import { badgeOf, overlayRoot, panelLang, settledState, tabIdOf } from './browser';
import { CORPUS, hasCorpus } from './corpus';
import { useExtension } from './context';

/** seed-004 style b with table 三 replaced by an image of it. */
function pageWithTableAsImage(): string {
  const html = readFileSync(join(CORPUS, 'html/seed-004-quxian-2023.b.html'), 'utf8');
  const at = html.indexOf('三、收到和处理');
  const start = html.indexOf('<table', at);
  const end = html.indexOf('</table>', start) + '</table>'.length;
  return `${html.slice(0, start)}<p><img src="/table3.png" width="600" height="800" alt="表三"></p>${html.slice(end)}`;
}

describe.skipIf(skipWithoutChromium || !hasCorpus)('a table published as an image', () => {
  const env = useExtension();

  it('gets the grey needs-review verdict, not a table-missing error', async () => {
    const { browser } = env();
    const url = 'http://xxgk.quxian-image.gov.cn/report.html';
    await browser.context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: pageWithTableAsImage() }));
    const page = await browser.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(browser.worker, url);
    const state = await settledState(browser.worker, tabId);
    expect(state.result!.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(state.result!.findings.map((f) => f.rule)).toContain('needs-review');
    await expect.poll(() => overlayRoot(page).getAttribute('data-status')).toBe('needs-review');
    // Its copy menu cannot copy an empty form for it, and says why.
    const missing = overlayRoot(page).locator('.nb-table-missing[data-table="applications"]');
    expect(await missing.locator('button').isDisabled()).toBe(true);
    expect(await missing.locator('.nb-reason').textContent()).toBe(uiText('tableAsImage', await panelLang(page)));
    const badge = await badgeOf(browser.worker, tabId);
    expect(badge.text).toBe('?');
    expect(badge.title).not.toBe('');
    await page.close();
  });
});
