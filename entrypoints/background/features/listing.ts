// Listings of annual reports (a 年报 column page): the detector found one, so the script that puts
// a verdict chip beside each report link is injected. Whether it audits at once or on click is
// its own option (listingAutoRun), read by the script.

import { browser } from 'wxt/browser';

const LISTING_SCRIPT = '/content-scripts/chips.js';

export async function onFound(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [LISTING_SCRIPT] });
}
