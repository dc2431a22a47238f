import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { FOCUS_PANEL_COMMAND } from './lib/messages/index';

// The first releases that read data_collection_permissions (desktop 140 is also the ESR).
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';
/**
 * The add-on's id on addons.mozilla.org, settled once: Firefox keys its storage and updates to it,
 * so it never changes. A UUID, the form Mozilla generates, that no domain can claim.
 */
export const GECKO_ID = '{6e9871d8-c92a-4495-a395-e98b3fe3e996}';
// gov.cn only: the detector, the injected audit and the PDF takeover. Other sites use activeTab.
const GOV_CN = '*://*.gov.cn/*';
const WEB_ACCESSIBLE = ['viewer.html', 'attachment.html', 'listing.html'];
// pdf.js needs its CMaps (Chinese text) and standard fonts at runtime, from inside the extension.
const PDFJS_DATA = ['cmaps', 'standard_fonts'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact({ prerender: { enabled: false } })] }),
  // The sources archive is for Firefox's reviewers to rebuild the extension; samples are not needed.
  zip: { excludeSources: ['assets/samples/**'] },
  hooks: {
    // The detector runs on every gov.cn page: build it against the browser's own API object, not
    // webextension-polyfill (entrypoints/detect/native-browser.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0]!.name !== 'detect') return;
      const alias = { 'wxt/browser': resolve('entrypoints/detect/native-browser.ts') };
      const current = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(current)
          ? [{ find: 'wxt/browser', replacement: alias['wxt/browser'] }, ...current]
          : { ...(current as Record<string, string> | undefined), ...alias },
      };
    },
    // The detector is a plain script (entrypoints/detect/index.ts, without the context WXT gives a
    // content script): the manifest lists it as the one content script, on gov.cn at document_idle.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches: [GOV_CN], run_at: 'document_idle', js: ['detect.js'] }];
    },
    'build:publicAssets': (_wxt, files) => {
      for (const dir of PDFJS_DATA) {
        const src = resolve('node_modules/pdfjs-dist', dir);
        for (const name of readdirSync(src)) {
          files.push({ absoluteSrc: join(src, name), relativeDest: `pdfjs/${dir}/${name}` });
        }
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // clipboardWrite: copies are made by the extension's own document (the offscreen document in
    // Chrome, the background page in Firefox), out of reach of a page's copy listeners.
    permissions: [
      'activeTab',
      'storage',
      'scripting',
      'declarativeNetRequestWithHostAccess',
      'clipboardWrite',
      ...(manifestVersion === 3 ? ['offscreen'] : []),
    ],
    host_permissions: [GOV_CN],
    // The keyboard way into the panel (its shortcut can be changed in the browser's settings).
    commands: {
      [FOCUS_PANEL_COMMAND]: { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandFocusPanel__' },
    },
    // The PDF takeover redirects gov.cn navigations to the viewer page (checked in Chromium: the
    // redirect of a response served as application/pdf is blocked without this entry); the
    // attachment frame sits in gov.cn article pages beside a report's attachment, the listing
    // frame in a listing of reports.
    web_accessible_resources:
      manifestVersion === 3 ? [{ resources: WEB_ACCESSIBLE, matches: [GOV_CN] }] : WEB_ACCESSIBLE,
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: FIREFOX_MIN_VERSION,
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
      },
    }),
  }),
});
