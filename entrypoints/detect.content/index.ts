// Runs on every gov.cn page and stays tiny: on a likely annual report it tells the background,
// which injects the full audit (entrypoints/overlay.content) if the user wants it run automatically.
// Built without webextension-polyfill (see native-browser.ts and wxt.config.ts).

import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '@/lib/messages';
import { looksLikeReport } from './detect';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  // No window.postMessage announcing the script: a page could read our extension id from it.
  noScriptStartedPostMessage: true,
  main() {
    if (!looksLikeReport(document)) return;
    const message: BackgroundMessage = { type: 'detected' };
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the popup still offers the audit.
    });
  },
});
