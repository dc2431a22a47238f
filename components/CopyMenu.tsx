// Copy and export: per table a menu named by its number and official title (one copy puts the
// table with its merged headers and as plain text on the clipboard; Markdown, JSON; a CSV file),
// tables the report lacks disabled with the reason; the three tables as one Excel workbook; the
// findings as a CSV file; the whole audit as a Markdown memo or JSON.

import { useState } from 'preact/hooks';
import type { AuditResult } from '../lib/audit/schema';
import { tableHeading } from '../lib/i18n/names';
import type { ClipboardPayload } from '../lib/messages';
import type { Doubt } from '../lib/model/doubt';
import { TABLE_IDS, type TableId } from '../lib/standard/tables';
import { saveFile, writeClipboard } from './clipboard';
import {
  auditJson,
  auditMarkdown,
  findingsCsvFile,
  tableClip,
  tableCsvFile,
  tableJson,
  tableMarkdown,
  xlsxFile,
  type FileDownload,
} from './copy-formats';
import { t, uiLang, type UiKey } from './i18n';

/** Why a table cannot be copied, from the reader's doubts about it. */
function missingReason(result: AuditResult, table: TableId): UiKey {
  const doubts = result.findings
    .filter((f) => f.rule === 'needs-review' && f.data?.table === table)
    .flatMap((f) => (Array.isArray(f.data?.doubts) ? (f.data.doubts as Doubt[]) : []));
  if (doubts.some((d) => d.code === 'table-as-image')) return 'tableAsImage';
  if (doubts.some((d) => d.code === 'table-as-text')) return 'tableAsText';
  return 'tableNotFound';
}

export function CopyMenu({ result, host }: { result: AuditResult; host?: ShadowRoot }) {
  const [status, setStatus] = useState<{ text: string; ok: boolean } | null>(null);
  const lang = uiLang();
  const copy = async (payload: ClipboardPayload) => {
    const ok = await writeClipboard(payload);
    setStatus({ text: t(ok ? 'copied' : 'copyFailed'), ok });
  };
  const save = async (file: FileDownload | Promise<FileDownload>) => {
    const f = await file;
    saveFile(f, host);
    setStatus({ text: t('downloadStarted', { name: f.name }), ok: true });
  };
  const anyTable = TABLE_IDS.some((id) => result.tables[id].found);

  return (
    <section class="nb-copymenu" aria-labelledby="nb-copy-heading">
      <h2 id="nb-copy-heading">{t('copyHeading')}</h2>
      <ul class="nb-tables">
        {TABLE_IDS.map((id) => {
          const name = tableHeading(id, lang);
          if (!result.tables[id].found) {
            return (
              <li key={id} class="nb-table-missing" data-table={id}>
                <button type="button" class="nb-copy" disabled aria-describedby={`nb-missing-${id}`}>
                  {name}
                </button>
                <span class="nb-reason" id={`nb-missing-${id}`}>
                  {t(missingReason(result, id))}
                </span>
              </li>
            );
          }
          return (
            <li key={id}>
              <details class="nb-table-menu" data-table={id}>
                <summary>{name}</summary>
                <div class="nb-menu-actions">
                  <button type="button" class="nb-copy" data-copy={`${id}-table`} title={t('copyTableHint')} onClick={() => copy(tableClip(result, id))}>
                    {t('copyTable')}
                  </button>
                  <button type="button" class="nb-copy" data-copy={`${id}-md`} onClick={() => copy(tableMarkdown(result, id))}>
                    {t('copyMarkdown')}
                  </button>
                  <button type="button" class="nb-copy" data-copy={`${id}-json`} onClick={() => copy(tableJson(result, id))}>
                    {t('copyJson')}
                  </button>
                  <button type="button" class="nb-copy" data-download={`${id}-csv`} onClick={() => save(tableCsvFile(result, id, lang))}>
                    {t('downloadCsv')}
                  </button>
                </div>
              </details>
            </li>
          );
        })}
      </ul>
      <div class="nb-exports">
        <button
          type="button"
          class="nb-copy"
          data-download="xlsx"
          disabled={!anyTable}
          title={anyTable ? undefined : t('noTablesFound')}
          onClick={() => save(xlsxFile(result, lang))}
        >
          {t('downloadXlsx')}
        </button>
        <button type="button" class="nb-copy" data-download="findings-csv" onClick={() => save(findingsCsvFile(result, lang))}>
          {t('downloadFindings')}
        </button>
        <button type="button" class="nb-copy" data-copy="audit-md" onClick={() => copy(auditMarkdown(result, lang))}>
          {t('copyAuditMarkdown')}
        </button>
        <button type="button" class="nb-copy" data-copy="audit-json" onClick={() => copy(auditJson(result))}>
          {t('copyAuditJson')}
        </button>
      </div>
      <p class="nb-copied" role="status" aria-live="polite" data-ok={status?.ok}>
        {status?.text}
      </p>
    </section>
  );
}
