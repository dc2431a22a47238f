// The keyboard shortcut (manifest `commands`): shows the audit panel of the active tab and moves
// the keyboard focus into it, auditing the page first when it has no panel yet (the shortcut
// grants activeTab like the toolbar button). The PDF viewer, an extension page, listens itself.

import { browser } from 'wxt/browser';
import type { OverlayMessage } from '@/lib/messages';
import { injectAudit } from './inject';

export async function focusPanel(tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const tab = await browser.tabs.get(id);
  if (!tab.url || tab.url.startsWith(browser.runtime.getURL('/'))) return;
  const message: OverlayMessage = { type: 'overlay', action: 'focus' };
  const focused = await browser.tabs.sendMessage(id, message).catch(() => false);
  if (focused !== true) await injectAudit(id, 'focus');
}
