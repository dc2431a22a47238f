import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The first releases that read data_collection_permissions (desktop 140 is also the ESR).
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact({ prerender: { enabled: false } })] }),
  // The sources archive is for Firefox's reviewers to rebuild the extension; samples are not needed.
  zip: { excludeSources: ['assets/samples/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'storage'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'nianbao-audit@nianbao-audit',
          strict_min_version: FIREFOX_MIN_VERSION,
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
      },
    }),
  }),
});
