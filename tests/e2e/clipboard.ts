// Reading the browser's clipboard in a test: a trusted Ctrl+V into a page of our own, whose paste
// event hands over every flavour (plain text and HTML) without any permission. Works with a
// Playwright (Chromium) or a Puppeteer (Firefox) page.

import type { BrowserContext } from 'playwright-core';

export interface Pasted {
  text: string;
  html: string;
}

interface KeyboardPage {
  evaluate(expression: string): Promise<unknown>;
  keyboard: { down(key: string): Promise<void>; press(key: string): Promise<void>; up(key: string): Promise<void> };
}

/** Page-side: an editable area whose paste event records every flavour of the clipboard. */
const PASTE_TARGET = `(() => {
  document.body.innerHTML = '<div contenteditable="true" id="nb-paste" style="min-height:40px"></div>';
  document.addEventListener('paste', (e) => {
    window.pasted = { text: e.clipboardData.getData('text/plain'), html: e.clipboardData.getData('text/html') };
    e.preventDefault();
  });
  document.getElementById('nb-paste').focus();
})()`;

/** Pastes into `page` (a blank page of the test's own) and returns what was pasted. */
export async function pasteIn(page: KeyboardPage): Promise<Pasted> {
  await page.evaluate(PASTE_TARGET);
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
  for (let i = 0; i < 20; i++) {
    const pasted = (await page.evaluate('window.pasted ?? null')) as Pasted | null;
    if (pasted) return pasted;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { text: '', html: '' };
}

export async function pasteClipboard(context: BrowserContext): Promise<Pasted> {
  const reader = await context.newPage();
  try {
    return await pasteIn(reader);
  } finally {
    await reader.close();
  }
}
