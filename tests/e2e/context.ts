// One browser and one corpus server per test file.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { TabState } from '../../lib/messages';
import { launch, overlayRoot, settledState, tabIdOf, type ExtensionBrowser } from './browser';
import { CORPUS, type CorpusDoc } from './corpus';
import { serveCorpus, type CorpusServer } from './server';
import { launchDriver, type BrowserName, type Driver } from './driver';

export interface E2E {
  browser: ExtensionBrowser;
  server: CorpusServer;
}

export function useExtension(): () => E2E {
  let env: E2E | null = null;
  beforeAll(async () => {
    const server = await serveCorpus(CORPUS);
    const browser = await launch(inject('chromeExtensionDir'), server.port);
    env = { browser, server };
  });
  afterAll(async () => {
    await env?.browser.close();
    await env?.server.close();
  });
  return () => env!;
}

/** A gov.cn address for a corpus document: a host named after its seed, the corpus path. */
export function govUrl(doc: CorpusDoc): string {
  const slug = doc.id.split(/[-.]/)[2] ?? 'www';
  return `http://xxgk.${slug}.gov.cn/${doc.path}`;
}

/** A corpus report opened in a new tab, once its audit has settled and the panel shows that state. */
export async function openReport({ browser }: E2E, doc: CorpusDoc): Promise<{ page: Page; tabId: number; state: TabState }> {
  const page = await browser.context.newPage();
  const url = govUrl(doc);
  await page.goto(url);
  const tabId = await tabIdOf(browser.worker, url);
  const state = await settledState(browser.worker, tabId);
  await expect.poll(() => overlayRoot(page).getAttribute('data-status')).toBe(state.status);
  return { page, tabId, state };
}

/** One browser of the given kind and one corpus server per describe block. */
export function useDriver(name: BrowserName, opts: { lang?: string } = {}): () => { driver: Driver; server: CorpusServer } {
  let env: { driver: Driver; server: CorpusServer } | null = null;
  beforeAll(async () => {
    const server = await serveCorpus(CORPUS);
    const dirs = { chrome: inject('chromeExtensionDir'), firefox: inject('firefoxExtensionDir') };
    const driver = await launchDriver(name, dirs, server.port, opts.lang);
    env = { driver, server };
  });
  afterAll(async () => {
    await env?.driver.close();
    await env?.server.close();
  });
  return () => env!;
}
