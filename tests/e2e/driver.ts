// One way for the e2e tests to drive either browser with the built extension: Debian's Chromium
// (playwright-core) or Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). Pages are read
// through plain DOM code (shadow roots pierced), the extension's APIs from an extension context.

import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { TabState } from '../../lib/messages';
import { launchFirefoxWithExtension, skipWithoutFirefox } from '../build/firefox';
import { skipWithoutChromium } from '../build/chromium';
import { launch as launchChromium, OTHER_HOST } from './browser';
import { pasteIn, type Pasted } from './clipboard';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: { name: BrowserName; skip: boolean }[] = [
  { name: 'chromium', skip: skipWithoutChromium },
  { name: 'firefox', skip: skipWithoutFirefox },
];

export interface Tab {
  /** Starts a navigation and waits for the page (or the extension page it was redirected to). */
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  /** Evaluates a JavaScript expression in the page (awaited when it is a promise). */
  evaluate<T>(expression: string): Promise<T>;
  /** Attribute `name` of every element matching `selector`, shadow roots included (see DEEP). */
  attrs(selector: string, name: string): Promise<(string | null)[]>;
  /** Clicks the first element matching `selector`, shadow roots included. */
  click(selector: string): Promise<void>;
  /** Evaluates an expression in the first frame whose address starts with `prefix` (null: none). */
  frameEvaluate<T>(prefix: string, expression: string): Promise<T | null>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: BrowserName;
  /** chrome-extension://ID/ or moz-extension://UUID/ */
  extensionBase: string;
  newTab(): Promise<Tab>;
  /** Runs an async function body with `api` (the extension API) in an extension context. */
  ext<T>(body: string): Promise<T>;
  /** What a trusted Ctrl+V pastes into a page of the test's own: plain text and HTML. */
  pasteClipboard(): Promise<Pasted>;
  /** Firefox: the folder its downloads go to (Chromium's tests take downloads from Playwright). */
  downloadDir?: string;
  close(): Promise<void>;
}

/**
 * Page-side helper: the elements matching a selector in the document and every shadow root;
 * `host >>> inner` matches `inner` inside the shadow roots of the `host` elements.
 */
const DEEP = `((sel) => {
  const all = (root, s) => { const out = [...root.querySelectorAll(s)]; for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...all(el.shadowRoot, s)); return out; };
  const [host, inner] = sel.split(' >>> ');
  return inner === undefined ? all(document, host) : all(document, host).flatMap((h) => (h.shadowRoot ? [...h.shadowRoot.querySelectorAll(inner)] : []));
})`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface FrameLike {
  url: () => string;
  evaluate: (expression: string) => Promise<unknown>;
}

function tabOf(page: {
  evaluate: (expression: string) => Promise<unknown>;
  frames: () => FrameLike[];
  url: () => string;
  close: () => Promise<unknown>;
  screenshot: (o: { path: string }) => Promise<unknown>;
}, start: (url: string) => Promise<unknown>, setViewport: (w: number, h: number) => Promise<void>): Tab {
  const evaluate = <T,>(expression: string) => page.evaluate(expression) as Promise<T>;
  return {
    async goto(url) {
      // A navigation redirected to an extension page gets no load event in Firefox (BiDi): poll.
      const done = start(url).then(() => true, () => false);
      const end = Date.now() + 30_000;
      while (Date.now() < end) {
        if (await Promise.race([done, sleep(150).then(() => false)])) return;
        const ready = await evaluate<string>('location.href + " " + document.readyState').catch(() => '');
        if (!ready.startsWith('about:blank') && ready.endsWith(' complete')) return;
      }
    },
    url: async () => evaluate<string>('location.href').catch(() => page.url()),
    evaluate,
    attrs: (selector, name) => evaluate(`${DEEP}(${JSON.stringify(selector)}).map((el) => el.getAttribute(${JSON.stringify(name)}))`),
    async click(selector) {
      const ok = await evaluate<boolean>(`(() => { const el = ${DEEP}(${JSON.stringify(selector)})[0]; if (!el) return false; el.click(); return true; })()`);
      if (!ok) throw new Error(`nothing matches ${selector}`);
    },
    async frameEvaluate<T>(prefix: string, expression: string) {
      const frame = page.frames().find((f) => f.url().startsWith(prefix));
      return frame ? ((await frame.evaluate(expression)) as T) : null;
    },
    setViewport,
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: async () => void (await page.close().catch(() => {})),
  };
}

async function chromiumDriver(extensionDir: string, port: number, lang?: string): Promise<Driver> {
  const browser = await launchChromium(extensionDir, port, lang);
  return {
    name: 'chromium',
    extensionBase: `chrome-extension://${browser.extensionId}/`,
    async newTab() {
      const page: Page = await browser.context.newPage();
      return tabOf(
        {
          evaluate: (e) => page.evaluate(e),
          frames: () => page.frames().map((f) => ({ url: () => f.url(), evaluate: (e: string) => f.evaluate(e) })),
          url: () => page.url(),
          close: () => page.close(),
          screenshot: (o) => page.screenshot(o),
        },
        (url) => page.goto(url),
        (width, height) => page.setViewportSize({ width, height }),
      );
    },
    ext: <T,>(body: string) => browser.worker.evaluate(`(async (api) => { ${body} })(chrome)`) as Promise<T>,
    async pasteClipboard() {
      const page = await browser.context.newPage();
      try {
        return await pasteIn(page);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

async function firefoxDriver(extensionDir: string, port: number): Promise<Driver> {
  const ff = await launchFirefoxWithExtension(extensionDir, { port, domains: ['gov.cn', OTHER_HOST] });
  // An extension page in a tab of its own has the extension's APIs (the background's counterpart).
  // Opened on first use, so that a test can navigate first on the fresh profile.
  let home: Promise<PuppeteerPage> | null = null;
  let lastTab: PuppeteerPage | null = null;
  const extensionTab = () =>
    (home ??= (async () => {
      const page = await ff.browser.newPage();
      void page.goto(`${ff.extensionBase}options.html`).catch(() => {});
      for (let i = 0; i < 100; i++) {
        if (await page.evaluate(() => typeof (globalThis as { browser?: unknown }).browser === 'object').catch(() => false)) break;
        await sleep(100);
      }
      // The test's own page goes back to the front: Firefox paints nothing in a background tab.
      await lastTab?.bringToFront();
      return page;
    })());
  return {
    name: 'firefox',
    extensionBase: ff.extensionBase,
    downloadDir: ff.downloadDir,
    async newTab() {
      const page = await ff.browser.newPage();
      lastTab = page;
      return tabOf(
        {
          evaluate: (e) => page.evaluate(e),
          frames: () => page.frames().map((f) => ({ url: () => f.url(), evaluate: (e: string) => f.evaluate(e) })),
          url: () => page.url(),
          close: () => page.close(),
          screenshot: (o) => page.screenshot(o),
        },
        (url) => page.goto(url),
        (width, height) => page.setViewport({ width, height }),
      );
    },
    ext: async <T,>(body: string) => (await extensionTab()).evaluate(`(async (api) => { ${body} })(browser)`) as Promise<T>,
    async pasteClipboard() {
      const page = await ff.browser.newPage();
      try {
        return await pasteIn(page);
      } finally {
        await page.close().catch(() => {});
        await lastTab?.bringToFront().catch(() => {});
      }
    },
    close: ff.close,
  };
}

export async function launchDriver(name: BrowserName, extensionDirs: { chrome: string; firefox: string }, port: number, lang?: string): Promise<Driver> {
  return name === 'chromium' ? chromiumDriver(extensionDirs.chrome, port, lang) : firefoxDriver(extensionDirs.firefox, port);
}

export async function tabIdOf(d: Driver, url: string, timeout = 10_000): Promise<number> {
  const end = Date.now() + timeout;
  for (;;) {
    const id = await d.ext<number | null>(`const tabs = await api.tabs.query({}); return tabs.find((t) => t.url === ${JSON.stringify(url)})?.id ?? null;`);
    if (id !== null) return id;
    if (Date.now() > end) throw new Error(`no tab has ${url}`);
    await sleep(150);
  }
}

export function badgeOf(d: Driver, tabId: number): Promise<{ text: string; title: string }> {
  return d.ext(`const a = api.action ?? api.browserAction; return { text: await a.getBadgeText({ tabId: ${tabId} }), title: await a.getTitle({ tabId: ${tabId} }) };`);
}

export function stateOf(d: Driver, tabId: number): Promise<TabState | null> {
  return d.ext(`const key = 'tab:${tabId}'; return (await api.storage.session.get(key))[key] ?? null;`);
}

/** Waits until the tab's audit has finished (any status but running), and returns its state. */
export async function settledState(d: Driver, tabId: number, timeout = 30_000): Promise<TabState> {
  const end = Date.now() + timeout;
  for (;;) {
    const state = await stateOf(d, tabId);
    if (state && state.status !== 'running') return state;
    if (Date.now() > end) throw new Error(`tab ${tabId}: audit did not finish (${state?.status ?? 'no state'})`);
    await sleep(150);
  }
}

/** Polls `read` until `accept` holds or the time is up; returns the last value read. */
export async function waitFor<T>(read: () => Promise<T>, accept: (v: T) => boolean, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await read().catch(() => undefined as T);
    if (accept(v) || Date.now() > end) return v;
    await sleep(150);
  }
}
