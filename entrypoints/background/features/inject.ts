// Runs the full audit in a tab: the overlay content script, injected on demand so that ordinary
// pages only ever load the detector.

import { browser } from 'wxt/browser';

const OVERLAY_SCRIPT = '/content-scripts/overlay.js';

export async function injectAudit(tabId: number, trigger: 'auto' | 'manual' | 'focus'): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (value: 'auto' | 'manual' | 'focus') => {
      globalThis.nianbaoTrigger = value;
    },
    args: [trigger],
  });
  await browser.scripting.executeScript({ target: { tabId }, files: [OVERLAY_SCRIPT] });
}
