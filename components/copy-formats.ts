// What each copy and download action produces: a standard table in its official layout (rich HTML
// with merged header cells plus TSV in one copy, Markdown, JSON, a CSV file), the three tables as
// one .xlsx workbook, the findings as a CSV file, or the whole audit (Markdown memo, JSON).

import type { AuditResult } from '../lib/audit/schema';
import { findingsMatrix } from '../lib/export/findings-csv';
import { toCsv, toMarkdown, toTsv } from '../lib/export/formats';
import { toHtmlTable } from '../lib/export/html';
import { layoutMatrix, tableCaption, tableLayout } from '../lib/export/layout';
import { auditToMarkdown } from '../lib/export/report-md';
import { toXlsx } from '../lib/export/xlsx';
import type { Lang } from '../lib/i18n/format';
import { tableName } from '../lib/i18n/names';
import { uiText } from '../lib/i18n/ui';
import type { ClipboardPayload } from '../lib/messages';
import type { TableId } from '../lib/standard/tables';

/** One copy of a table: HTML for Excel, WPS and Word (merged headers kept), TSV for everything else. */
export function tableClip(result: AuditResult, table: TableId): ClipboardPayload {
  const layout = tableLayout(result, table);
  return { text: toTsv(layoutMatrix(layout)), html: toHtmlTable(layout) };
}

export function tableMarkdown(result: AuditResult, table: TableId): ClipboardPayload {
  return { text: `**${tableCaption(table)}**\n\n${toMarkdown(layoutMatrix(tableLayout(result, table)))}` };
}

export function tableJson(result: AuditResult, table: TableId): ClipboardPayload {
  const t = result.tables[table];
  const rows = layoutMatrix(tableLayout(result, table));
  return { text: JSON.stringify({ table, title: tableCaption(table), found: t.found, cells: t.cells, rows }, null, 2) };
}

export const auditMarkdown = (result: AuditResult, lang: Lang): ClipboardPayload => ({ text: auditToMarkdown(result, lang) });
export const auditJson = (result: AuditResult): ClipboardPayload => ({ text: JSON.stringify(result, null, 2) + '\n' });

export interface FileDownload {
  name: string;
  blob: Blob;
}

/** The start of the files' names: the report's title (or the document's name), safe as a file name. */
export function baseName(result: AuditResult): string {
  const name = (result.report?.title ?? result.source.name).replace(/\.(pdf|html?|docx|txt|md)$/i, '');
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim().slice(0, 80) || 'nianbao';
}

const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });

/** A CSV file opens in Excel with Chinese text intact: it starts with a BOM. */
export function tableCsvFile(result: AuditResult, table: TableId, lang: Lang): FileDownload {
  return { name: `${baseName(result)}-${tableName(table, lang)}.csv`, blob: csvBlob(toCsv(layoutMatrix(tableLayout(result, table)), { bom: true })) };
}

export function findingsCsvFile(result: AuditResult, lang: Lang): FileDownload {
  return { name: `${baseName(result)}-${uiText('fileFindings', lang)}.csv`, blob: csvBlob(toCsv(findingsMatrix(result, lang), { bom: true })) };
}

export async function xlsxFile(result: AuditResult, lang: Lang): Promise<FileDownload> {
  return { name: `${baseName(result)}-${uiText('fileTables', lang)}.xlsx`, blob: await toXlsx(result, { missing: uiText('tableNotFound', lang) }) };
}
