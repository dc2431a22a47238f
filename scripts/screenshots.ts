// Screenshots of the extension at work for the README (docs/screenshots/): the overlay on a real
// gov.cn report page, "locate" on a mutant, the popup, the PDF viewer on a real PDF (at 1280 and
// 800 px, device pixel ratios 1 and 2, and with its panel folded), and an audited DOCX attachment.
// Usage: npm run build && npm run screenshots [-- EXTENSION_DIR]
// The UI is shown in Chinese (SCREENSHOT_LANG=en for English); that needs Debian's chromium-l10n.

import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, settledState, tabIdOf } from '../tests/e2e/browser';
import { CORPUS, hasCorpus } from '../tests/e2e/corpus';
import { serveCorpus } from '../tests/e2e/server';

const OUT = resolve('docs/screenshots');
const extensionDir = resolve(process.argv[2] ?? '.output/chrome-mv3');

async function main() {
  if (!hasCorpus) throw new Error(`corpus not found at ${CORPUS}`);
  const server = await serveCorpus(CORPUS);
  const browser = await launch(extensionDir, server.port, process.env.SCREENSHOT_LANG ?? 'zh-CN');
  const { context, worker } = browser;
  try {
    const open = async (url: string) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(url).catch(() => {});
      return page;
    };

    // 1. A genuine saved gov.cn page (平潭 2023): the overlay, its first finding located on the page
    // (when the audit has one to locate).
    const real = 'http://www.pingtan.gov.cn/real/pingtan-2023-savedhtml.html';
    let page = await open(real);
    await settledState(worker, await tabIdOf(worker, real));
    const firstLocate = page.locator('[data-nianbao-audit] .nb-finding .nb-locate').first();
    if (await firstLocate.count()) await firstLocate.click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'overlay-real-page.png') });
    await page.close();

    // 2. A mutant with a wrong row total: every cell of the row, the suspect cell in red.
    const mutant = 'http://xxgk.honggutan.gov.cn/mutants/mutant-p02-honggutan-t3-row-total.html';
    page = await open(mutant);
    const mutantTab = await tabIdOf(worker, mutant);
    const state = await settledState(worker, mutantTab);
    const rule = state.result!.findings.find((f) => f.suspect)?.rule ?? 't3-row-total';
    await page.locator(`[data-nianbao-audit] .nb-finding[data-rule="${rule}"] .nb-locate`).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'overlay-locate.png') });

    // 3. The popup for that tab (opened as a page, pointed at the tab).
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 560 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${mutantTab}`);
    await popup.locator('.nb-popup-summary[data-status="done"]').waitFor();
    await popup.screenshot({ path: join(OUT, 'popup.png') });
    await popup.close();
    await page.close();

    // 4. A genuine government PDF (淮安市洪泽区 2023) taken over into the viewer: the PDF viewer
    // of the README, then an article page linking a report as a DOCX attachment, audited.
    page = await open('http://www.hongze.gov.cn/real/huaian-hongzequ-2023-govpdf.pdf');
    await viewerLocated(page);
    await page.screenshot({ path: join(OUT, 'pdf-viewer.png') });
    await page.close();
  } finally {
    await browser.close();
  }
  // 5. The viewer at 1280 and 800 px wide, at device pixel ratios 1 and 2; the panel folded.
  for (const dpr of [1, 2]) {
    const b = await launch(extensionDir, server.port, process.env.SCREENSHOT_LANG ?? 'zh-CN', { deviceScaleFactor: dpr });
    try {
      for (const width of [1280, 800]) {
        const page = await b.context.newPage();
        await page.setViewportSize({ width, height: 800 });
        await page.goto('http://www.hongze.gov.cn/real/huaian-hongzequ-2023-govpdf.pdf').catch(() => {});
        await viewerLocated(page);
        await page.screenshot({ path: join(OUT, `viewer-${width}-dpr${dpr}.png`) });
        if (width === 800 && dpr === 1) {
          await page.locator('.nb-root [data-action="collapse"]').click();
          await page.waitForTimeout(400);
          await page.screenshot({ path: join(OUT, 'viewer-800-strip.png') });
        }
        await page.close();
      }
    } finally {
      await b.close();
    }
  }
  // 6. An article page whose report is a DOCX attachment, after one click on its audit button.
  server.page(
    '/attach.html',
    '<!doctype html><meta charset="utf-8"><title>渠县2023年政府信息公开工作年度报告</title><h1>渠县2023年政府信息公开工作年度报告</h1>' +
      '<p>附件：<a href="/fixtures/docx/mutant-p08-quxian-t4-total.docx">渠县2023年政府信息公开工作年度报告.docx</a></p><p>附件：<a href="/files/2022.doc">2022年年报.doc</a></p>',
  );
  const b = await launch(extensionDir, server.port, process.env.SCREENSHOT_LANG ?? 'zh-CN');
  try {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 800, height: 420 });
    await page.goto('http://www.quxian.gov.cn/attach.html');
    await page.locator('nianbao-attachment button.audit').first().click();
    await page.locator('nianbao-attachment button.audit').nth(1).click();
    await page.locator('nianbao-attachment[data-nianbao-status="done"]').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'attachment.png') });
  } finally {
    await b.close();
    await server.close();
  }
  console.log(`screenshots written to ${OUT}`);
}

/** Waits for the viewer's verdict and locates the first error on the page. */
async function viewerLocated(page: Page) {
  await page.waitForURL(/viewer\.html/);
  await page.locator('[data-status]:not([data-status="running"])').waitFor({ timeout: 60_000 });
  await page.locator('.page canvas').first().waitFor({ timeout: 60_000 });
  const locate = page.locator('.nb-finding[data-severity="error"] .nb-locate').first();
  if (await locate.count()) await locate.click();
  await page.waitForTimeout(700);
}

await main();
