// Report attachments and embedded PDFs on gov.cn article pages: the detector found some, so the
// script that puts an audit button beside each is injected (only when audits run by themselves).

import { browser } from 'wxt/browser';
import type { Options } from '@/lib/messages';

const ATTACHMENTS_SCRIPT = '/content-scripts/attachments.js';

/** The feature's switch (options page): it follows "audit automatically". */
export const enabled = (options: Options) => options.autoRun;

export async function onFound(tabId: number, options: Options): Promise<void> {
  if (enabled(options)) await browser.scripting.executeScript({ target: { tabId }, files: [ATTACHMENTS_SCRIPT] });
}
