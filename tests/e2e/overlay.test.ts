// The overlay on a report page, in Chromium: locate highlights exactly the finding's cells and
// clears without a trace, collapse and close leave the layout alone. (Copy: copy.test.ts; negative
// pages and the options run in both browsers: options.test.ts.)

import { describe, expect, it } from 'vitest';
import { skipWithoutChromium } from '../build/chromium';
import { parseCellRef } from '../../lib/standard/tables';
import { OVERLAY_HOST, overlayRoot } from './browser';
import { corpusDocs, hasCorpus, truthOf } from './corpus';
import { openReport, useExtension } from './context';

const docs = corpusDocs();
const byId = (id: string) => docs.find((d) => d.id === id)!;
const HIGHLIGHT = '[data-nianbao-highlight]';

describe.skipIf(skipWithoutChromium || !hasCorpus)('overlay on a report page', () => {
  const env = useExtension();

  it('locates the cells of a finding, marks the suspect, and clears without a trace', async () => {
    const doc = byId('mutant-p02-honggutan-t3-row-total');
    const truth = truthOf(doc);
    const { page, state } = await openReport(env(), doc);
    const before = await page.evaluate(() => document.body.innerHTML);
    const findings = state.result!.findings;
    const finding = findings.find((f) => f.suspect) ?? findings[0]!;
    const item = overlayRoot(page).locator(`.nb-finding[data-rule="${finding.rule}"]`);
    expect(await item.count()).toBe(1);
    await item.locator('.nb-locate').click();
    const marked = await page.locator(HIGHLIGHT).evaluateAll((els) =>
      els.map((el) => ({ text: (el.textContent ?? '').trim(), kind: el.getAttribute('data-nianbao-highlight') })),
    );
    const cells = new Set([...finding.cells, ...(finding.suspect ? [finding.suspect] : [])]);
    expect(marked).toHaveLength(cells.size);
    const value = (ref: string) => {
      const { table, key } = parseCellRef(ref)!;
      const v = (truth.tables[table].cells as Record<string, number | null>)[key];
      return v === null || v === undefined ? '' : String(v);
    };
    expect(marked.map((m) => m.text).sort()).toEqual([...cells].map(value).sort());
    if (finding.suspect) {
      expect(marked.filter((m) => m.kind === 'suspect').map((m) => m.text)).toEqual([value(finding.suspect)]);
      await expect.poll(() => overlayRoot(page).locator('.nb-suspect').nth(0).isVisible()).toBe(true);
    }
    const inView = await page.locator(HIGHLIGHT).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);

    await overlayRoot(page).locator('[data-action="clear-highlight"]').click();
    expect(await page.locator(HIGHLIGHT).count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await page.close();
  });

  it('collapses and closes without moving the page', async () => {
    const { page } = await openReport(env(), byId('seed-001-honggutan-2023.html-b'));
    const layout = () =>
      page.evaluate(() => {
        const table = document.querySelector('table')!.getBoundingClientRect();
        return [document.documentElement.scrollHeight, document.documentElement.scrollWidth, table.top, table.left, table.width];
      });
    const shown = await layout();
    await overlayRoot(page).locator('[data-action="collapse"]').click();
    expect(await overlayRoot(page).locator('.nb-body').count()).toBe(0);
    expect(await layout()).toEqual(shown);
    await overlayRoot(page).locator('[data-action="close"]').click();
    expect(await page.locator(OVERLAY_HOST).count()).toBe(0);
    expect(await layout()).toEqual(shown);
    await page.close();
  });
});
