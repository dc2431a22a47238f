// `wxt/browser` for the detector only (wxt.config.ts aliases it here for that one bundle): the
// browser's own API object instead of webextension-polyfill, which was most of the detector's
// size on every gov.cn page. Firefox has `browser`; Chrome's MV3 `chrome` returns promises.

type Api = typeof import('@wxt-dev/webextension-polyfill/browser').browser;

const g = globalThis as { browser?: Api; chrome?: Api };
export const browser: Api = (g.browser?.runtime?.id ? g.browser : g.chrome)!;
