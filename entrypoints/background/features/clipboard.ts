// Copies asked for by a content script, made from the extension's own origin: in Chrome's
// offscreen document (the service worker has no document), in Firefox's background page itself.

import { browser } from 'wxt/browser';
import { copyInDocument } from '@/components/clipboard';
import type { ClipboardPayload, OffscreenMessage } from '@/lib/messages';

const OFFSCREEN_PATH = '/offscreen.html';
let opening: Promise<void> | null = null;

async function offscreenDocument(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (open.length > 0) return;
  opening ??= browser.offscreen
    .createDocument({ url, reasons: ['CLIPBOARD'], justification: 'Copy audited tables to the clipboard from the extension, out of reach of the page.' })
    .finally(() => (opening = null));
  await opening;
}

export async function copyForContentScript(payload: ClipboardPayload): Promise<boolean> {
  if (typeof document !== 'undefined') return copyInDocument(document, payload);
  await offscreenDocument();
  const message: OffscreenMessage = { target: 'offscreen', type: 'copy', payload };
  return (await browser.runtime.sendMessage(message)) === true;
}
