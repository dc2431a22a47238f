// One browser and one corpus server per test file.

import { afterAll, beforeAll, inject } from 'vitest';
import { launch, type ExtensionBrowser } from './browser';
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
