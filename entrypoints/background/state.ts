// Each tab's audit state, kept in session storage so it survives the service worker sleeping.

import { browser } from 'wxt/browser';
import { TabStateSchema, type TabState } from '@/lib/messages';

const key = (tabId: number) => `tab:${tabId}`;
// Firefox before 115 has no storage.session; a map is enough there (the background page persists).
const memory = new Map<string, unknown>();
const session = browser.storage.session;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const raw = session ? (await session.get(key(tabId)))[key(tabId)] : memory.get(key(tabId));
  const parsed = TabStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  if (session) await session.set({ [key(tabId)]: state });
  else memory.set(key(tabId), state);
}

export async function clearTabState(tabId: number): Promise<void> {
  if (session) await session.remove(key(tabId));
  else memory.delete(key(tabId));
}
