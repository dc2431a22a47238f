// Screenshots of the panel for docs/screenshots/, in Chinese and English, at 1280 and 800 px: a
// genuine clean report (平潭 2023) with its checklist; a genuine report with errors (平潭 hzs 2024)
// with its first error located, at 800 px also folded as it starts; and the print preview of that
// page (the panel is never printed).
// Usage: npm run build && npm run screenshots:panel [-- EXTENSION_DIR]   (needs chromium-l10n)

import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, settledState, tabIdOf } from '../tests/e2e/browser';
import { CORPUS, hasCorpus } from '../tests/e2e/corpus';
import { serveCorpus } from '../tests/e2e/server';

const OUT = resolve('docs/screenshots');
const extensionDir = resolve(process.argv[2] ?? '.output/chrome-mv3');
const CLEAN = 'http://www.pingtan.gov.cn/real/pingtan-2023-savedhtml.html';
const ERRORS = 'http://www.pingtan.gov.cn/real/pingtan-hzs-2024-savedhtml.html';
const PANEL = '[data-nianbao-audit] .nb-root';

async function main() {
  if (!hasCorpus) throw new Error(`corpus not found at ${CORPUS}`);
  const server = await serveCorpus(CORPUS);
  try {
    for (const [lang, tag] of [['zh-CN', 'zh'], ['en-US', 'en']] as const) {
      const browser = await launch(extensionDir, server.port, lang);
      const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `panel-${name}-${tag}.png`) });
      try {
        for (const width of [1280, 800]) {
          const open = async (url: string) => {
            const page = await browser.context.newPage();
            await page.setViewportSize({ width, height: 800 });
            await page.goto(url);
            await settledState(browser.worker, await tabIdOf(browser.worker, url));
            await page.locator(`${PANEL}[data-status="done"]`).waitFor();
            await page.waitForTimeout(300);
            return page;
          };
          let page = await open(CLEAN);
          await shot(page, `clean-${width}`);
          await page.close();

          page = await open(ERRORS);
          if (width < 1000) {
            // It starts folded at this width; this is how the reader first sees it.
            await shot(page, `errors-${width}-folded`);
            await page.locator(`${PANEL} [data-action="collapse"]`).click();
          }
          await page.locator(`${PANEL} .nb-finding[data-severity="error"] .nb-locate`).first().click();
          await page.waitForTimeout(500);
          await shot(page, `errors-${width}`);
          if (width === 1280) {
            await page.emulateMedia({ media: 'print' });
            await page.waitForTimeout(200);
            await shot(page, 'print');
          }
          await page.close();
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  console.log(`screenshots written to ${OUT}`);
}

await main();
