// Talking to the background and the overlay about one tab, with every answer validated.

import { browser } from 'wxt/browser';
import {
  AuditTabResponseSchema,
  FindLinksResponseSchema,
  GetStateResponseSchema,
  type AuditTabResponse,
  type FindLinksResponse,
  type BackgroundMessage,
  type OverlayMessage,
  type TabState,
} from '@/lib/messages';

/** The tab the popup acts on: the active tab, or ?tab=ID when the popup is opened as a page. */
export async function targetTabId(): Promise<number | null> {
  const param = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const send = (message: BackgroundMessage) => browser.runtime.sendMessage(message);

export async function fetchState(tabId: number): Promise<TabState | null> {
  const parsed = GetStateResponseSchema.safeParse(await send({ type: 'get-state', tabId }));
  return parsed.success ? parsed.data : null;
}

export async function requestAudit(tabId: number): Promise<AuditTabResponse> {
  const parsed = AuditTabResponseSchema.safeParse(await send({ type: 'audit-tab', tabId }));
  return parsed.success ? parsed.data : { ok: false };
}

/** Runs the detector's link passes on the tab and marks what they find (chips, attachment buttons). */
export async function requestFindLinks(tabId: number): Promise<FindLinksResponse> {
  const parsed = FindLinksResponseSchema.safeParse(await send({ type: 'find-links', tabId }));
  return parsed.success ? parsed.data : { ok: false };
}

export async function toggleOverlay(tabId: number): Promise<void> {
  const message: OverlayMessage = { type: 'overlay', action: 'toggle' };
  await browser.tabs.sendMessage(tabId, message);
}
