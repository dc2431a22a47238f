// Injected by the background to look at a page's links (scan.ts): on the detector's word for a page
// named as a report or a disclosure column, or when the popup asks to find report links. Answers
// with what the passes found (the script's value, the result of scripting.executeScript); the
// background then injects the chips or the buttons. The background says first, through this
// world's global, whether the detector found the page to be a report. A plain script, like the
// detector: it leaves nothing running that WXT's content-script context would have to stop.

import { scanLinks } from '../detect/scan';

export default defineUnlistedScript(() => scanLinks(document, (globalThis as { nianbaoLinkPass?: { report?: unknown } }).nianbaoLinkPass?.report === true));
