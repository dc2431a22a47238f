// Accessibility of the extension's UI, checked with axe-core injected into the page, in Chromium:
// the panel on a report with errors (its menus and rule notes open) and on a clean report, the
// popup, and the PDF viewer with its panel. Every axe rule that applies must pass.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skipWithoutChromium } from '../build/chromium';
import { overlayRoot } from './browser';
import { corpusDocs, hasCorpus } from './corpus';
import { govUrl, openReport, useExtension } from './context';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const docs = corpusDocs();
const byId = (id: string) => docs.find((d) => d.id === id)!;

interface Violation {
  id: string;
  help: string;
  nodes: string[];
}

/**
 * Runs axe on the page (or inside `scope`, shadow roots included) and returns its violations.
 * `.structTree` is left out: pdf.js's rendering of the PDF's own tags, the document's content.
 */
async function violations(page: Page, scope?: string): Promise<Violation[]> {
  // evaluate() is not subject to the page's CSP, so this also works on extension pages.
  await page.evaluate(AXE);
  return page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const context = { include: sel ? [[sel]] : [['html']], exclude: [['.structTree']] };
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, scope);
}

describe.skipIf(skipWithoutChromium || !hasCorpus)('accessibility (axe-core)', () => {
  const env = useExtension();

  it('finds nothing in the panel of a report with errors, menus and rule notes open, nor in its popup', async () => {
    const { browser } = env();
    const { page, tabId } = await openReport(env(), byId('mutant-p02-honggutan-t3-row-total'));
    const root = overlayRoot(page);
    await root.locator('.nb-finding .nb-locate').first().click();
    await root.locator('.nb-docs-toggle').first().click();
    for (const summary of await root.locator('.nb-table-menu > summary').all()) await summary.click();
    expect(await violations(page, '[data-nianbao-audit]')).toEqual([]);

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.nb-popup-summary[data-status="done"]').waitFor();
    expect(await violations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('finds nothing in the panel of a clean report, with its checklist, and of a report missing a table', async () => {
    for (const id of ['seed-004-quxian-2023.html-a', 'mutant-p15-panzhihua-table-missing']) {
      const { page } = await openReport(env(), byId(id));
      expect(await violations(page, '[data-nianbao-audit]'), id).toEqual([]);
      await page.close();
    }
  });

  it('does see inside the panel: a nameless button there is a violation', async () => {
    const { page } = await openReport(env(), byId('seed-004-quxian-2023.html-a'));
    await page.evaluate(() => document.querySelector('[data-nianbao-audit]')!.shadowRoot!.querySelector('.nb-root')!.append(document.createElement('button')));
    expect((await violations(page, '[data-nianbao-audit]')).map((v) => v.id)).toContain('button-name');
    await page.close();
  });

  it('finds nothing in the PDF viewer with its panel', async () => {
    const { browser } = env();
    const page = await browser.context.newPage();
    await page.goto(govUrl(byId('seed-001-honggutan-2023.pdf-a'))).catch(() => {});
    await page.waitForURL(/viewer\.html/);
    await page.locator('[data-status]:not([data-status="running"])').waitFor({ timeout: 60_000 });
    await page.locator('.page canvas').first().waitFor({ timeout: 60_000 });
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
