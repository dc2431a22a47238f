// Chrome's offscreen document (reason CLIPBOARD): the background's copies, made in a document of
// the extension's own origin that no page can reach.

import { browser } from 'wxt/browser';
import { copyInDocument } from '@/components/clipboard';
import { OffscreenMessageSchema } from '@/lib/messages';

browser.runtime.onMessage.addListener((raw: unknown) => {
  const parsed = OffscreenMessageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  return copyInDocument(document, parsed.data.payload);
});
