// UI strings from the catalogue (lib/i18n/ui.ts), in the language browser.i18n picked for the
// extension's name (the `lang` message of public/_locales), so that the name and the UI agree.

import { browser } from 'wxt/browser';
import type { Lang, MessageData } from '@/lib/i18n/format';
import { uiText, type UiKey } from '@/lib/i18n/ui';

export type { UiKey };

let lang: Lang | undefined;

/** The language of the UI strings and of the findings. */
export function uiLang(): Lang {
  return (lang ??= browser.i18n.getMessage('lang') === 'en' ? 'en' : 'zh');
}

export function t(key: UiKey, data?: MessageData): string {
  return uiText(key, uiLang(), data);
}

/** The value of <html lang> for the UI language. */
export const htmlLang = (): string => (uiLang() === 'en' ? 'en' : 'zh-CN');
