// Runs on every gov.cn page and stays tiny: on a likely annual report it tells the background,
// which injects the full audit (entrypoints/overlay.content) if the user wants it run automatically.

import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '@/lib/messages';
import { looksLikeReport } from './detect';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main() {
    // The browser's own PDF viewer on a gov.cn PDF: the takeover rule missed it (a fresh install).
    const pdf = document.contentType === 'application/pdf' && window.top === window.self;
    if (!pdf && !looksLikeReport(document)) return;
    const message: BackgroundMessage = { type: pdf ? 'pdf-document' : 'detected' };
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the popup still offers the audit.
    });
  },
});
