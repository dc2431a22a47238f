// Copy buttons: each standard table in four formats, and the whole audit.

import { useState } from 'preact/hooks';
import type { AuditResult } from '../lib/audit/schema';
import { tableName } from '../lib/i18n/names';
import { TABLE_IDS } from '../lib/standard/tables';
import { writeClipboard } from './clipboard';
import { copyText, TABLE_FORMATS, type CopyTarget } from './copy-formats';
import { t, uiLang } from './i18n';

const FORMAT_LABEL = { tsv: 'TSV', csv: 'CSV', md: 'Markdown', json: 'JSON' } as const;
const targetId = (c: CopyTarget) => (c.kind === 'table' ? `${c.table}-${c.format}` : `audit-${c.format}`);

export function CopyMenu({ result, host }: { result: AuditResult; host?: ShadowRoot }) {
  const [done, setDone] = useState<{ id: string; ok: boolean } | null>(null);
  const copy = async (target: CopyTarget) => {
    const ok = await writeClipboard(copyText(result, target, uiLang()), host);
    setDone({ id: targetId(target), ok });
  };
  const button = (target: CopyTarget, label: string) => (
    <button type="button" class="nb-copy" data-copy={targetId(target)} onClick={() => copy(target)}>
      {label}
    </button>
  );
  return (
    <section class="nb-copymenu">
      <h3>{t('copyHeading')}</h3>
      <table>
        <tbody>
          {TABLE_IDS.map((table) => (
            <tr key={table}>
              <th scope="row">{tableName(table, uiLang())}</th>
              <td>{TABLE_FORMATS.map((format) => button({ kind: 'table', table, format }, FORMAT_LABEL[format]))}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('copyAudit')}</th>
            <td>
              {button({ kind: 'audit', format: 'md' }, t('copyAuditMarkdown'))}
              {button({ kind: 'audit', format: 'json' }, 'JSON')}
            </td>
          </tr>
        </tbody>
      </table>
      <p class="nb-copied" role="status" aria-live="polite">
        {done && (done.ok ? t('copied') : t('copyFailed'))}
      </p>
    </section>
  );
}
