// `wxt/browser` for the detector only (wxt.config.ts aliases it here for that one bundle): the
// browser's own API object instead of webextension-polyfill, which was most of the detector's
// size on every gov.cn page. Firefox has `browser`; Chrome's MV3 `chrome` returns promises.
// Looked up on first use: the first touch of the extension API costs a page about 0.6 ms in
// Chromium (its bindings are set up then), which a page the detector says nothing about never pays.

type Api = typeof import('@wxt-dev/webextension-polyfill/browser').browser;

const g = globalThis as { browser?: Api; chrome?: Api };
let api: Api | undefined;
const native = (): Api => (api ??= (g.browser?.runtime?.id ? g.browser : g.chrome)!);

export const browser: Api = new Proxy({} as Api, { get: (_target, key) => native()[key as keyof Api] });
