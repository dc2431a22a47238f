// Debian's Firefox ESR with the built extension installed as a temporary add-on, driven by
// puppeteer-core over WebDriver BiDi (see shared/TESTING.md; never a downloaded browser).
// Firefox has no host-resolver rules: a PAC file sends every *.gov.cn request to the local server.

import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = '/usr/bin/firefox-esr';
// CI installs Firefox ESR (.ci/run), so there a missing browser is a failure, not a skip.
export const skipWithoutFirefox = !existsSync(FIREFOX) && !process.env.CI;
/** The add-on's fixed moz-extension:// host in the test profile. */
export const FIREFOX_EXTENSION_UUID = '3f1c8f8e-5d0a-4d7e-9f4e-2b6a7c9d1e05';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionBase: string;
  /** Where the profile saves downloads. */
  downloadDir: string;
  close: () => Promise<void>;
}

/** Hosts ending in one of `domains` go to 127.0.0.1:port; everything else is direct. */
function pac(port: number, domains: string[]): string {
  const tests = domains.map((d) => `host === '${d}' || dnsDomainIs(host, '.${d}')`).join(' || ');
  return `function FindProxyForURL(url, host) { if (${tests}) return 'PROXY 127.0.0.1:${port}'; return 'DIRECT'; }`;
}

export async function launchFirefoxWithExtension(
  extensionDir: string,
  { port, domains = ['gov.cn'], lang = 'zh-CN', width = 1280, height = 900 }: { port: number; domains?: string[]; lang?: string; width?: number; height?: number },
): Promise<FirefoxWithExtension> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const home = await mkdtemp(join(tmpdir(), 'nianbao-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: join(home, 'profile'),
    args: ['--remote-allow-system-access', `--width=${width}`, `--height=${height}`],
    defaultViewport: { width, height },
    env: { ...process.env, HOME: home, TMPDIR: home, MOZ_CRASHREPORTER_DISABLE: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': `data:text/javascript,${encodeURIComponent(pac(port, domains))}`,
      'network.proxy.allow_hijacking_localhost': false,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      // The test server speaks plain http: no automatic upgrade to https (HTTPS-First).
      'dom.security.https_first': false,
      'dom.security.https_first_schemeless': false,
      'intl.locale.requested': lang,
      'intl.accept_languages': lang,
      'browser.download.dir': join(home, 'downloads'),
      'browser.download.folderList': 2,
    },
  });
  await browser.installExtension(extensionDir);
  const close = async () => {
    await browser.close().catch(() => {});
    await rm(home, { recursive: true, force: true });
  };
  return { browser, extensionBase: `moz-extension://${FIREFOX_EXTENSION_UUID}/`, downloadDir: join(home, 'downloads'), close };
}
