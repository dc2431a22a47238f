// Screenshots of the extension at work for the README (docs/screenshots/): the overlay on a real
// gov.cn report page, "locate" on a mutant, the PDF viewer on a real PDF, and the popup.
// Usage: npm run build && npm run screenshots [-- EXTENSION_DIR]
// The UI is shown in Chinese (SCREENSHOT_LANG=en for English); that needs Debian's chromium-l10n.

import { join, resolve } from 'node:path';
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

    // 1. A genuine saved gov.cn page (平潭 2023): the overlay, one warning located on the page.
    const real = 'http://www.pingtan.gov.cn/real/pingtan-2023-savedhtml.html';
    let page = await open(real);
    await settledState(worker, await tabIdOf(worker, real));
    await page.locator('[data-nianbao-audit] .nb-finding .nb-locate').first().click();
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

    // 4. A genuine government PDF (淮安市洪泽区 2023) taken over into the viewer.
    const pdf = 'http://www.hongze.gov.cn/real/huaian-hongzequ-2023-govpdf.pdf';
    page = await open(pdf);
    await page.waitForURL(/viewer\.html/);
    await page.locator('[data-status]:not([data-status="running"])').waitFor({ timeout: 60_000 });
    await page.locator('.page canvas').first().waitFor({ timeout: 60_000 });
    const locate = page.locator('.nb-finding[data-severity="error"] .nb-locate').first();
    if (await locate.count()) await locate.click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(OUT, 'pdf-viewer.png') });
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`screenshots written to ${OUT}`);
}

await main();
