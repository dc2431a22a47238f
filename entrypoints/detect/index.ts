// Runs on every gov.cn page and stays tiny: on a likely annual report it tells the background,
// which injects the full audit (entrypoints/overlay.content) if the user wants it run automatically;
// on a page named as a report or a disclosure column it asks for the page's links to be looked at
// (decide.ts).
// Built without webextension-polyfill (see native-browser.ts and wxt.config.ts), and as a plain
// script that the manifest lists (wxt.config.ts), not a WXT content script: the context WXT sets
// up for one (an AbortController, events to stop an older copy, the extension id read at once)
// cost every page more than the detector's own reads, and the detector leaves nothing running
// that would need it. Nothing is posted to the page's window.

import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '@/lib/messages';
import { detectOn } from './decide';

export default defineUnlistedScript({
  main() {
    const send = (message: BackgroundMessage) =>
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; the popup still offers the audit.
      });
    // The browser's own PDF viewer on a gov.cn PDF: the takeover rule missed it (a fresh install).
    if (document.contentType === 'application/pdf') {
      if (window.top === window.self) void send({ type: 'pdf-document' });
      return;
    }
    const { report, disclosure } = detectOn(document);
    if (report) void send({ type: 'detected' });
    if (disclosure) void send({ type: 'disclosure', report });
  },
});
