// Writes public/_locales/{zh_CN,en}/messages.json from the UI catalogue (lib/i18n/ui.ts): only the
// entries the manifest and the static pages read through browser.i18n.
// Usage: npm run locales   (tests/i18n/ui-catalogue.test.ts fails when the files are stale)

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGS } from '../lib/i18n/format';
import { LOCALE_DIRS, localeMessages } from '../lib/i18n/ui';

for (const lang of LANGS) {
  const dir = resolve(import.meta.dirname, '../public/_locales', LOCALE_DIRS[lang]);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'messages.json'), JSON.stringify(localeMessages(lang), null, 2) + '\n');
}
