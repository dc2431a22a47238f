// Which senders the background believes. Every frame of every tab can run our scripts (a gov.cn
// page may frame our viewer), so a tab's state is taken only from its top frame, and only when
// that frame shows the page the tab shows: a framed viewer cannot change the tab's badge.

import { browser, type Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

/** The URL without its fragment (a fragment change is the same document). */
const withoutHash = (url: string | undefined) => url?.replace(/#.*$/, '');

/** The sender is our own script in the top frame of a tab, and that frame shows the tab's page. */
export function isTopFrameOfTab(sender: Sender): sender is Sender & { tab: { id: number } } {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return false;
  if (sender.frameId !== 0) return false;
  const frameUrl = withoutHash(sender.url);
  return frameUrl !== undefined && frameUrl === withoutHash(sender.tab.url);
}

/** The viewer page of this extension as the top frame of its tab. */
export function isTopLevelViewer(sender: Sender): boolean {
  return isTopFrameOfTab(sender) && (sender.url ?? '').startsWith(browser.runtime.getURL('/viewer.html'));
}
