// A hostile gov.cn page against the extension (issue 9): it frames our viewer with a clean PDF to
// turn its own badge green, defines the custom element name we once used for our host, and
// forges WXT's "content script started" event to remove the panel, listens to `copy` to change
// what we copy. None of it changes anything.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skipWithoutChromium } from '../build/chromium';
import { toTsv } from '../../lib/export/formats';
import { tableMatrix } from '../../lib/export/layout';
import { uiText } from '../../lib/i18n/ui';
import { badgeOf, OVERLAY_HOST, overlayRoot, panelLang, settledState, stateOf, tabIdOf } from './browser';
import { pasteClipboard } from './clipboard';
import { CORPUS, corpusDocs, expectedBadge, findingKeys, hasCorpus, truthOf } from './corpus';
import { govUrl, openReport, useExtension } from './context';

const docs = corpusDocs();
const byId = (id: string) => docs.find((d) => d.id === id)!;
/** A report page with error findings (its badge is a count). */
const WRONG = byId('mutant-p02-honggutan-t3-row-total');
/** A clean PDF report (its badge would be ✓). */
const CLEAN_PDF = byId('seed-004-quxian-2023.pdf-b');

describe.skipIf(skipWithoutChromium || !hasCorpus)('a hostile page', () => {
  const env = useExtension();

  it('cannot change its badge by framing our viewer with a clean PDF', async () => {
    const { browser } = env();
    const truth = truthOf(WRONG);
    expect(expectedBadge(truth)).toMatch(/^\d+$/);
    expect(expectedBadge(truthOf(CLEAN_PDF))).toBe('✓');
    const { page, tabId, state } = await openReport(env(), WRONG);
    expect((await badgeOf(browser.worker, tabId)).text).toBe(expectedBadge(truth));

    const viewer = `chrome-extension://${browser.extensionId}/viewer.html?file=${govUrl(CLEAN_PDF)}`;
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.style.cssText = 'width:800px;height:600px';
      document.body.append(frame);
    }, viewer);
    // The framed viewer refuses to run (pdf.test.ts shows the refusal); whatever a frame says, the
    // tab's badge and state still speak of the page the tab shows.
    await expect.poll(() => page.frames().some((f) => f.url() === viewer)).toBe(true);
    await page.waitForTimeout(2000);
    expect((await badgeOf(browser.worker, tabId)).text).toBe(expectedBadge(truth));
    expect(await stateOf(browser.worker, tabId)).toEqual(state);
    await page.close();
  });

  it('cannot remove the panel with a forged WXT event', async () => {
    const { browser } = env();
    const { page, tabId, state } = await openReport(env(), WRONG);
    await page.evaluate((id) => {
      for (const entrypoint of ['overlay', 'detect']) {
        document.dispatchEvent(
          new CustomEvent(`${id}:${entrypoint}:wxt:content-script-started`, {
            detail: { contentScriptName: entrypoint, messageId: 'forged' },
          }),
        );
      }
    }, browser.extensionId);
    await page.waitForTimeout(300);
    expect(await page.locator(OVERLAY_HOST).count()).toBe(1);
    expect(await overlayRoot(page).getAttribute('data-status')).toBe(state.status);
    expect(await stateOf(browser.worker, tabId)).toEqual(state);
    await page.close();
  });

  it('cannot change what we copy with a copy listener of its own', async () => {
    const { browser } = env();
    const { page } = await openReport(env(), WRONG);
    await page.evaluate(() => {
      const forge = (e: ClipboardEvent) => {
        e.clipboardData?.setData('text/plain', '✓ 未发现问题');
        e.clipboardData?.setData('text/html', '<table><tr><td>✓ 未发现问题</td></tr></table>');
        e.preventDefault();
        e.stopImmediatePropagation();
      };
      window.addEventListener('copy', forge, true);
      document.addEventListener('copy', forge, true);
    });
    const menu = overlayRoot(page).locator('.nb-table-menu[data-table="applications"]');
    await menu.locator('summary').click();
    await menu.locator('[data-copy="applications-table"]').click();
    const lang = await panelLang(page);
    await expect.poll(() => overlayRoot(page).locator('.nb-copied').textContent()).toBe(uiText('copied', lang));
    const pasted = await pasteClipboard(browser.context);
    expect(pasted.text).toBe(toTsv(tableMatrix(truthOf(WRONG), 'applications')));
    expect(pasted.html).toContain('申请人情况');
    expect(pasted.html).not.toContain('未发现问题');
    await page.close();
  });

  it('runs none of its code on our panel by defining the custom element name first', async () => {
    const { browser } = env();
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { ran: string[] }).ran = [];
      const log = (what: string) => (window as unknown as { ran: string[] }).ran.push(what);
      customElements.define(
        'nianbao-audit',
        class extends HTMLElement {
          constructor() {
            super();
            log('constructed');
          }
          connectedCallback() {
            log('connected');
            this.remove();
          }
        },
      );
    });
    const url = govUrl(WRONG);
    await page.goto(url);
    const tabId = await tabIdOf(browser.worker, url);
    const state = await settledState(browser.worker, tabId);
    await expect.poll(() => overlayRoot(page).getAttribute('data-status')).toBe(state.status);
    expect(await page.evaluate(() => (window as unknown as { ran: string[] }).ran)).toEqual([]);
    expect((await badgeOf(browser.worker, tabId)).text).toBe(expectedBadge(truthOf(WRONG)));
    await page.close();
  });

  it('audits the tables the reader sees, not a correct copy hidden by a stylesheet', async () => {
    const { browser } = env();
    // The mutant's own page (visible, table 三 wrong) with the seed's correct page before it,
    // hidden by a class rule of the page's stylesheet.
    const seed = byId('seed-001-honggutan-2023.html-a');
    const body = (path: string) => /<body[^>]*>([\s\S]*)<\/body>/i.exec(readFileSync(join(CORPUS, path), 'utf8'))![1]!;
    const wrong = readFileSync(join(CORPUS, WRONG.path), 'utf8');
    const html = wrong.replace(/<body([^>]*)>/i, `<body$1><style>.copy{display:none}</style><div class="copy">${body(seed.path)}</div>`);
    const url = 'http://xxgk.hidden.gov.cn/report.html';
    const page = await browser.context.newPage();
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(url);
    const tabId = await tabIdOf(browser.worker, url);
    const state = await settledState(browser.worker, tabId);
    const truth = truthOf(WRONG);
    expect(findingKeys(state.result!)).toEqual(findingKeys(truth));
    expect((await badgeOf(browser.worker, tabId)).text).toBe(expectedBadge(truth));
    await page.close();
  });
});
