// Debian's Chromium with the built extension, every test host resolved to the local server
// (see shared/TESTING.md). Helpers read the extension's per-tab state and badge from its worker.

import type { Page, Worker } from 'playwright-core';
import type { TabState } from '../../lib/messages';
import { launchWithExtension, type ExtensionBrowser } from '../build/chromium';

export type { ExtensionBrowser };

/** A host without host permission, for the activeTab path. */
export const OTHER_HOST = 'reports.example.org';

/** `lang` sets the browser's UI language (needs Debian's chromium-l10n), e.g. 'zh-CN'. */
export async function launch(extensionDir: string, port: number, lang?: string, extra: { deviceScaleFactor?: number } = {}): Promise<ExtensionBrowser> {
  return launchWithExtension(extensionDir, {
    options: {
      viewport: { width: 1280, height: 900 },
      ...extra,
      ...(lang && { env: { ...process.env, LANGUAGE: lang.replace('-', '_') }, locale: lang }),
    },
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      `--host-resolver-rules=MAP *.gov.cn 127.0.0.1:${port}, MAP ${OTHER_HOST} 127.0.0.1:${port}`,
      '--enable-unsafe-extension-debugging',
    ],
  });
}

export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab has ${url}`);
  return id;
}

export async function badgeOf(worker: Worker, tabId: number): Promise<{ text: string; title: string }> {
  return worker.evaluate(async (id) => ({
    text: await chrome.action.getBadgeText({ tabId: id }),
    title: await chrome.action.getTitle({ tabId: id }),
  }), tabId);
}

export async function stateOf(worker: Worker, tabId: number): Promise<TabState | null> {
  return worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    return ((await chrome.storage.session.get(key))[key] as TabState | undefined) ?? null;
  }, tabId);
}

/** Waits until the tab's audit has finished (any status but running), and returns its state. */
export async function settledState(worker: Worker, tabId: number, timeout = 20_000): Promise<TabState> {
  const end = Date.now() + timeout;
  for (;;) {
    const state = await stateOf(worker, tabId);
    if (state && state.status !== 'running') return state;
    if (Date.now() > end) throw new Error(`tab ${tabId}: audit did not finish (${state?.status ?? 'no state'})`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The overlay's host element: a <div data-nianbao-audit> (entrypoints/overlay.content). */
export const OVERLAY_HOST = '[data-nianbao-audit]';

/** The overlay's root in its shadow root (open in the test build only; Playwright locators pierce it). */
export const overlayRoot = (page: Page) => page.locator(`${OVERLAY_HOST} [data-status]`);

/** The panel's UI language, from its lang attribute (the browser's UI language decides it). */
export async function panelLang(page: Page): Promise<'zh' | 'en'> {
  return (await overlayRoot(page).getAttribute('lang')) === 'en' ? 'en' : 'zh';
}
