// Copying, always from a document of the extension's own origin, where no page script can listen:
// an extension page (popup, viewer, attachment frame) copies in its own document; a content script
// asks the background, which copies in its offscreen document (Chrome) or background page
// (Firefox). A page's `copy` listener therefore never sees, nor changes, what we copy.

import { browser } from 'wxt/browser';
import type { BackgroundMessage, ClipboardPayload } from '@/lib/messages';

/** The copy event of `doc` carries the payload (plain text, and HTML when there is some). */
function copyByEvent(doc: Document, payload: ClipboardPayload): boolean {
  let carried = false;
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', payload.text);
    if (payload.html) e.clipboardData.setData('text/html', payload.html);
    e.preventDefault();
    e.stopImmediatePropagation();
    carried = true;
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    return doc.execCommand('copy') && carried;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
}

/** Copies in this document (one of the extension's own): the copy event, else the async Clipboard API. */
export async function copyInDocument(doc: Document, payload: ClipboardPayload): Promise<boolean> {
  if (copyByEvent(doc, payload)) return true;
  try {
    const items: Record<string, Blob> = { 'text/plain': new Blob([payload.text], { type: 'text/plain' }) };
    if (payload.html) items['text/html'] = new Blob([payload.html], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem(items)]);
    return true;
  } catch {
    return false;
  }
}

const isExtensionPage = () => location.protocol === 'chrome-extension:' || location.protocol === 'moz-extension:';

export async function writeClipboard(payload: ClipboardPayload): Promise<boolean> {
  if (isExtensionPage()) return copyInDocument(document, payload);
  const message: BackgroundMessage = { type: 'copy', payload };
  return (await browser.runtime.sendMessage(message).catch(() => false)) === true;
}

/** Saves a file through a link of our own (in the panel's shadow root when there is one). */
export function saveFile(file: { name: string; blob: Blob }, host?: ShadowRoot | HTMLElement): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  (host ?? document.body).append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
