// UI strings through browser.i18n (public/_locales). Keys are checked against the English file.

import { browser } from 'wxt/browser';

type Messages = typeof import('../public/_locales/en/messages.json');
export type MessageKey = keyof Messages;

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

/** The language the UI strings actually come in (the locale the browser picked), for findings. */
export function uiLang(): 'zh' | 'en' {
  return t('lang') === 'en' ? 'en' : 'zh';
}
