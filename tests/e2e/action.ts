// Clicking the toolbar button from a test: CDP's Extensions.triggerAction (needs
// --enable-unsafe-extension-debugging and Playwright's pipe connection) opens the real popup and
// grants activeTab, as a user's click would. The popup is not a Playwright page, so it is driven
// through its CDP target.

import type { CDPSession } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

async function targets(cdp: CDPSession, type?: string): Promise<TargetInfo[]> {
  const params = type ? { filter: [{ type }] } : {};
  return ((await cdp.send('Target.getTargets', params as never)) as { targetInfos: TargetInfo[] }).targetInfos;
}

export interface PopupTarget {
  evaluate: <T>(expression: string) => Promise<T>;
}

/** Triggers the extension's action on the tab showing `url` and returns its popup. */
export async function openPopupOn(browser: ExtensionBrowser, url: string): Promise<PopupTarget> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const tab = (await targets(cdp, 'tab')).find((t) => t.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  await cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: tab.targetId } as never);
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  let popup: TargetInfo | undefined;
  for (let i = 0; i < 50 && !popup; i++) {
    popup = (await targets(cdp)).find((t) => t.type === 'page' && t.url === popupUrl);
    if (!popup) await new Promise((r) => setTimeout(r, 100));
  }
  if (!popup) throw new Error('the popup did not open');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false } as never)) as {
    sessionId: string;
  };
  let nextId = 1;
  const pending = new Map<number, (r: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget' as never, ((event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  }) as never);
  const evaluate = async <T>(expression: string): Promise<T> => {
    const id = nextId++;
    const answer = new Promise<unknown>((resolve) => pending.set(id, resolve));
    const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, awaitPromise: true, returnByValue: true } });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message } as never);
    const reply = (await answer) as { result?: { result?: { value?: T }; exceptionDetails?: unknown }; error?: unknown };
    if (reply.error || reply.result?.exceptionDetails) throw new Error(`popup: ${JSON.stringify(reply.error ?? reply.result?.exceptionDetails)}`);
    return reply.result!.result!.value as T;
  };
  return { evaluate };
}
