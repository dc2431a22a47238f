// Copy and export from the panel, in Chromium: a menu per table named by its official title; one
// copy of table 三 puts HTML with its merged header cells and TSV on the clipboard (pasted into a
// page of our own); CSV files start with a BOM, the clipboard never does; "下载 Excel" gives one
// workbook of three sheets; the findings download as CSV; a table the report lacks cannot be
// copied and says why. In Firefox too, the copy is made by the extension (its background page).

import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { skipWithoutChromium } from '../build/chromium';
import { baseName } from '../../components/copy-formats';
import { toCsv, toTsv } from '../../lib/export/formats';
import { tableMatrix } from '../../lib/export/layout';
import { tableHeading, tableName } from '../../lib/i18n/names';
import { uiText } from '../../lib/i18n/ui';
import { grid } from '../helpers/html-grid';
import { overlayRoot, panelLang } from './browser';
import { pasteClipboard } from './clipboard';
import { corpusDocs, hasCorpus, truthOf } from './corpus';
import { govUrl, openReport, useDriver, useExtension } from './context';
import { settledState as settledIn, tabIdOf as tabIn, waitFor } from './driver';
import { skipWithoutFirefox } from '../build/firefox';

const docs = corpusDocs();
const byId = (id: string) => docs.find((d) => d.id === id)!;
const APPLICANTS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];

describe.skipIf(skipWithoutChromium || !hasCorpus)('copy and export', () => {
  const env = useExtension();

  const menu = (page: Page, table: string) => overlayRoot(page).locator(`.nb-table-menu[data-table="${table}"]`);

  async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([page.waitForEvent('download'), overlayRoot(page).locator(selector).click()]);
    return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
  }

  it('copies table 三 once as HTML with merged header cells and as TSV, with the values of the page', async () => {
    const doc = byId('seed-004-quxian-2023.html-a');
    const truth = truthOf(doc);
    const { page } = await openReport(env(), doc);
    const lang = await panelLang(page);
    const name = tableHeading('applications', lang);
    expect(name).toBe(lang === 'zh' ? '表三 收到和处理政府信息公开申请情况' : 'Table 3 ("收到和处理政府信息公开申请情况")');
    await expect.poll(() => menu(page, 'applications').locator('summary').textContent()).toBe(name);
    await menu(page, 'applications').locator('summary').click();
    await menu(page, 'applications').locator('[data-copy="applications-table"]').click();
    await expect.poll(() => overlayRoot(page).locator('.nb-copied').textContent()).toBe(uiText('copied', lang));

    const pasted = await pasteClipboard(env().browser.context);
    expect(pasted.text).toBe(toTsv(tableMatrix(truth, 'applications')));
    expect(pasted.text.startsWith('\uFEFF')).toBe(false);

    const table = new JSDOM(pasted.html).window.document.querySelector('table')!;
    expect(table.caption?.textContent).toBe('三、收到和处理政府信息公开申请情况');
    const header = [...table.querySelectorAll('th')].map((th) => ({ text: th.textContent, rows: th.rowSpan, cols: th.colSpan }));
    expect(header).toEqual(
      expect.arrayContaining([
        { text: '申请人情况', rows: 1, cols: 7 },
        { text: '自然人', rows: 2, cols: 1 },
        { text: '法人或其他组织', rows: 1, cols: 5 },
        { text: '总计', rows: 2, cols: 1 },
      ]),
    );
    const g = grid(table);
    expect(g.every((row) => row.length === 10)).toBe(true);
    // Under 申请人情况, the 7 applicant columns; the row of new applications carries their values.
    expect(g[0]!.slice(3)).toEqual(Array(7).fill('申请人情况'));
    expect(g[2]!.slice(3)).toEqual(APPLICANTS);
    const c = truth.tables.applications.cells as Record<string, number | null>;
    const keys = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];
    const newRow = g.find((row) => row[0] === '一、本年新收政府信息公开申请数量')!;
    expect(newRow.slice(3)).toEqual(keys.map((k) => String(c[`new.${k}`] ?? '')));
    await page.close();
  });

  it('downloads a table as a CSV file with a BOM, the three tables as one workbook, the findings as CSV', async () => {
    const doc = byId('mutant-p02-honggutan-t3-row-total');
    const truth = truthOf(doc);
    const { page } = await openReport(env(), doc);
    const lang = await panelLang(page);
    await menu(page, 'reviews').locator('summary').click();
    const csv = await download(page, '[data-download="reviews-csv"]');
    expect(csv.name.endsWith(`-${tableName('reviews', lang)}.csv`)).toBe(true);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.toString('utf8')).toBe(toCsv(tableMatrix(truth, 'reviews'), { bom: true }));

    const xlsx = await download(page, '[data-download="xlsx"]');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['表二 主动公开政府信息情况', '表三 收到和处理政府信息公开申请情况', '表四 政府信息公开行政复议、行政诉讼情况']);

    const findings = await download(page, '[data-download="findings-csv"]');
    const text = findings.bytes.toString('utf8');
    expect(text.startsWith(`\uFEFF${uiText('csvSeverity', lang)},`)).toBe(true);
    const errors = truth.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) expect(text).toContain(`,${f.rule},`);
    await page.close();
  });

  it('disables a table the report lacks and says why', async () => {
    const { page } = await openReport(env(), byId('mutant-p15-panzhihua-table-missing'));
    const lang = await panelLang(page);
    const missing = overlayRoot(page).locator('.nb-table-missing[data-table="active"]');
    await expect.poll(() => missing.locator('button').isDisabled()).toBe(true);
    expect(await missing.locator('button').textContent()).toBe(tableHeading('active', lang));
    expect(await missing.locator('.nb-reason').textContent()).toBe(uiText('tableNotFound', lang));
    expect(await menu(page, 'applications').count()).toBe(1);
    await page.close();
  });
});

describe.skipIf(skipWithoutFirefox || !hasCorpus)('copy in Firefox', () => {
  const env = useDriver('firefox');

  it('copies table 三 from the background page, as HTML and TSV, and downloads a CSV file', async () => {
    const { driver } = env();
    const doc = byId('seed-004-quxian-2023.html-a');
    const truth = truthOf(doc);
    const tab = await driver.newTab();
    const url = govUrl(doc);
    await tab.goto(url);
    await settledIn(driver, await tabIn(driver, url));
    const root = '[data-nianbao-audit] >>> [data-status]';
    await waitFor(() => tab.attrs(`${root} .nb-table-menu[data-table="applications"]`, 'data-table'), (a) => a.length === 1);
    const lang = (await tab.attrs(root, 'lang'))[0] === 'en' ? 'en' : 'zh';
    await tab.click('[data-nianbao-audit] >>> .nb-table-menu[data-table="applications"] summary');
    await tab.click('[data-nianbao-audit] >>> [data-copy="applications-table"]');
    const status = `(() => document.querySelector('[data-nianbao-audit]').shadowRoot.querySelector('.nb-copied').textContent)()`;
    expect(await waitFor(() => tab.evaluate<string>(status), (t) => t !== '')).toBe(uiText('copied', lang));
    const pasted = await driver.pasteClipboard();
    expect(pasted.text).toBe(toTsv(tableMatrix(truth, 'applications')));
    const table = new JSDOM(pasted.html).window.document.querySelector('table')!;
    expect(grid(table)[2]!.slice(3)).toEqual(APPLICANTS);

    // A download from the panel (a content script) reaches the disk, the CSV with its BOM.
    await tab.click('[data-nianbao-audit] >>> .nb-table-menu[data-table="reviews"] summary');
    await tab.click('[data-nianbao-audit] >>> [data-download="reviews-csv"]');
    const csv = join(driver.downloadDir!, `${baseName(truth)}-${tableName('reviews', lang)}.csv`);
    await waitFor(async () => existsSync(csv) && readFileSync(csv).length > 0, (ok) => ok);
    expect(readFileSync(csv, 'utf8')).toBe(toCsv(tableMatrix(truth, 'reviews'), { bom: true }));
    await tab.close();
  });
});
