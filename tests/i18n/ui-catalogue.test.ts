// The UI catalogue (lib/i18n/ui.ts): both languages for every entry with the same values, English
// without Chinese of ours, every entry used, and public/_locales generated from it.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format, LANGS, type Lang } from '../../lib/i18n/format';
import { LOCALE_DIRS, localeMessages, UI, type UiKey } from '../../lib/i18n/ui';

const ROOT = resolve(__dirname, '../..');
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
const unquoted = (s: string): string => s.replace(/"[^"]*"|“[^”]*”/g, '');
const entries = Object.entries(UI) as [UiKey, (typeof UI)[UiKey]][];

/** The values a template reads, found by rendering it with counts that reach every plural branch. */
function valuesRead(template: string, lang: Lang): string[] {
  const read = new Set<string>();
  for (const n of [0, 1, 2, 5]) {
    const data = new Proxy({} as Record<string, number>, {
      get: (_, name) => {
        if (typeof name === 'string') read.add(name);
        return n;
      },
    });
    format(template, data, lang);
  }
  return [...read].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('UI catalogue', () => {
  it.each(entries)('%s: both languages, the same values', (key, m) => {
    expect(m.zh.trim(), key).not.toBe('');
    expect(m.en.trim(), key).not.toBe('');
    expect(m.note.trim(), key).not.toBe('');
    expect(valuesRead(m.en, 'en'), key).toEqual(valuesRead(m.zh, 'zh'));
    expect(unquoted(m.en), key).not.toMatch(CJK);
    // browser.i18n knows neither our placeholders nor plural forms.
    if (m.browser) expect(valuesRead(m.zh, 'zh'), key).toEqual([]);
  });

  it('words counts in English plural forms and Chinese without them', () => {
    expect(format(UI.verdictErrors.en, { errors: 1, warnings: 0 }, 'en')).toBe('1 error');
    expect(format(UI.verdictErrors.en, { errors: 2, warnings: 1 }, 'en')).toBe('2 errors, 1 warning');
    expect(format(UI.verdictErrors.zh, { errors: 1, warnings: 0 }, 'zh')).toBe('发现 1 个错误');
    expect(format(UI.verdictErrors.zh, { errors: 2, warnings: 3 }, 'zh')).toBe('发现 2 个错误、3 个警告');
  });

  it('has no entry the extension does not use', () => {
    const code = ['entrypoints', 'components', 'lib']
      .flatMap((d) => sourceFiles(join(ROOT, d)))
      .filter((f) => !f.endsWith(join('lib', 'i18n', 'ui.ts')))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const html = readdirSync(join(ROOT, 'entrypoints'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(ROOT, 'entrypoints', f), 'utf8'))
      .join('\n');
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const unused = entries
      .map(([key]) => key)
      .filter((key) => !code.includes(`'${key}'`) && !html.includes(`__MSG_${key}__`) && !config.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });

  it.each(LANGS)('public/_locales for %s is generated from it (run `npm run locales` after changing it)', (lang) => {
    const file = JSON.parse(readFileSync(join(ROOT, 'public/_locales', LOCALE_DIRS[lang], 'messages.json'), 'utf8'));
    expect(file).toEqual(localeMessages(lang));
    expect(Object.keys(file)).toContain('extName');
  });
});
