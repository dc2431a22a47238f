// The detector's whole path for a page, as the extension runs it: the detector's own reads
// (decide.ts), then, on a page it names as a report or a disclosure column, the link passes the
// background injects (scan.ts) and the script they bring. In the words of the single message the
// detector once sent: 'detected', then 'listing' (chips) or 'attachments' (buttons).

import { detectOn } from '../../entrypoints/detect/decide';
import { detectedScript, scanLinks } from '../../entrypoints/detect/scan';

export function detectedOn(doc: Document): ('detected' | 'listing' | 'attachments')[] {
  const { report, disclosure } = detectOn(doc);
  const out: ('detected' | 'listing' | 'attachments')[] = report ? ['detected'] : [];
  const script = disclosure ? detectedScript(scanLinks(doc, report)) : null;
  if (script === 'chips') out.push('listing');
  else if (script === 'attachments') out.push('attachments');
  return out;
}
