// Options: audit gov.cn reports automatically or only on click; take over gov.cn PDFs or not.

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { htmlLang, t, uiLang } from '@/components/i18n';
import { uiText } from '@/lib/i18n/ui';
import { OPTIONS_KEY as KEY, parseOptions, type Options } from '@/lib/messages';
const FIELDS: { key: keyof Options; label: string; hint: string }[] = [
  { key: 'autoRun', label: t('optionAutoRun'), hint: t('optionAutoRunHint') },
  { key: 'pdfTakeover', label: t('optionPdfTakeover'), hint: t('optionPdfTakeoverHint') },
  { key: 'listingAutoRun', label: uiText('listingOptionAutoRun', uiLang()), hint: uiText('listingOptionAutoRunHint', uiLang()) },
];

function OptionsForm() {
  const [options, setOptions] = useState<Options | null>(null);
  useEffect(() => {
    void browser.storage.local.get(KEY).then((stored) => setOptions(parseOptions(stored[KEY])));
  }, []);
  if (!options) return null;
  const change = (key: keyof Options, value: boolean) => {
    const next = { ...options, [key]: value };
    setOptions(next);
    void browser.storage.local.set({ [KEY]: next });
  };
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {FIELDS.map((f) => (
        <p key={f.key}>
          <label>
            <input
              type="checkbox"
              name={f.key}
              checked={options[f.key]}
              onChange={(e) => change(f.key, (e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {f.label}
          </label>
          <br />
          <small>{f.hint}</small>
        </p>
      ))}
    </main>
  );
}

document.documentElement.lang = htmlLang();
document.title = t('optionsTitle');
render(<OptionsForm />, document.getElementById('app')!);
