// The link passes (entrypoints/link-scan, scan.ts) injected into a tab, and the chips or the
// attachment buttons injected for what they found: on the detector's word for a page named as a
// report or a disclosure column (as the options say), or on the popup's "find report links" for
// any page (whatever the options say: the user asked).

import { browser } from 'wxt/browser';
import { LinkScanSchema, type FindLinksResponse, type LinkScan, type Options } from '@/lib/messages';
import { detectedScript, scriptFor } from '../../detect/scan';
import * as attachments from './attachments';
import * as listing from './listing';

const SCAN_SCRIPT = '/link-scan.js';
const SCRIPTS = { chips: '/content-scripts/chips.js', attachments: '/content-scripts/attachments.js' } as const;

async function scan(tabId: number, report: boolean): Promise<LinkScan | null> {
  const target = { tabId };
  await browser.scripting.executeScript({
    target,
    func: (isReport: boolean) => {
      (globalThis as { nianbaoLinkPass?: { report: boolean } }).nianbaoLinkPass = { report: isReport };
    },
    args: [report],
  });
  const [answer] = await browser.scripting.executeScript({ target, files: [SCAN_SCRIPT] });
  const parsed = LinkScanSchema.safeParse(answer?.result);
  return parsed.success ? parsed.data : null;
}

export async function findLinks(tabId: number): Promise<FindLinksResponse> {
  const found = await scan(tabId, false);
  if (!found) return { ok: false };
  const script = scriptFor(found);
  if (script) await browser.scripting.executeScript({ target: { tabId }, files: [SCRIPTS[script]] });
  return { ok: true, found };
}

/** The detector's word: a listing gets its chips, report files their buttons (when audits run by themselves). */
export async function onDisclosure(tabId: number, report: boolean, options: Options): Promise<void> {
  // On a report page only its files are of interest, and their buttons follow the audits' switch.
  if (report && !attachments.enabled(options)) return;
  const found = await scan(tabId, report);
  const script = found && detectedScript(found);
  if (script === 'chips') await listing.onFound(tabId);
  else if (script === 'attachments') await attachments.onFound(tabId, options);
}
