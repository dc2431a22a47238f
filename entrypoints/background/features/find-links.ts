// The popup's "find report links": the detector's link passes run on the tab on request (the
// detector runs them by itself only on pages named as a report or a disclosure column), then the
// chips or the attachment buttons are injected for what they found, whatever the options say: the
// user asked.

import { browser } from 'wxt/browser';
import { LinkScanSchema, type FindLinksResponse } from '@/lib/messages';
import { scriptFor } from '../../detect/scan';

const SCAN_SCRIPT = '/content-scripts/links.js';
const SCRIPTS = { chips: '/content-scripts/chips.js', attachments: '/content-scripts/attachments.js' } as const;

export async function findLinks(tabId: number): Promise<FindLinksResponse> {
  const [answer] = await browser.scripting.executeScript({ target: { tabId }, files: [SCAN_SCRIPT] });
  const parsed = LinkScanSchema.safeParse(answer?.result);
  if (!parsed.success) return { ok: false };
  const script = scriptFor(parsed.data);
  if (script) await browser.scripting.executeScript({ target: { tabId }, files: [SCRIPTS[script]] });
  return { ok: true, found: parsed.data };
}
