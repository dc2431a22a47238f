// Runs on every gov.cn page and stays tiny: on a likely annual report it tells the background,
// which injects the full audit (entrypoints/overlay.content) if the user wants it run automatically.
// Built without webextension-polyfill (see native-browser.ts and wxt.config.ts).

import { browser } from 'wxt/browser';
import type { BackgroundMessage } from '@/lib/messages';
import { findCandidates } from './attachments';
import { looksLikeReport } from './detect';
import { looksLikeListing } from './listing';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  // No window.postMessage announcing the script: a page could read our extension id from it.
  noScriptStartedPostMessage: true,
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
    const report = looksLikeReport(document);
    if (report) void send({ type: 'detected' });
    // A report page may link to a few others; only a page that is not one is a listing, and its
    // chips stand for the attachment buttons a listing of PDFs would otherwise get.
    const listing = !report && looksLikeListing(document);
    if (listing) void send({ type: 'listing' });
    else if (findCandidates(document).length > 0) void send({ type: 'attachments' });
  },
});
