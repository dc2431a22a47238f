// What each copy action puts on the clipboard: a standard table in its official layout (TSV, CSV,
// Markdown, JSON), or the whole audit (JSON, Markdown memo).

import type { AuditResult } from '../lib/audit/schema';
import { toCsv, toMarkdown, toTsv } from '../lib/export/formats';
import { tableCaption, tableMatrix } from '../lib/export/layout';
import { auditToMarkdown } from '../lib/export/report-md';
import type { Lang } from '../lib/i18n/format';
import type { TableId } from '../lib/standard/tables';

export type TableFormat = 'tsv' | 'csv' | 'md' | 'json';
export const TABLE_FORMATS: TableFormat[] = ['tsv', 'csv', 'md', 'json'];

export type CopyTarget =
  | { kind: 'table'; table: TableId; format: TableFormat }
  | { kind: 'audit'; format: 'json' | 'md' };

export function tableText(result: AuditResult, table: TableId, format: TableFormat): string {
  const matrix = tableMatrix(result, table);
  switch (format) {
    case 'tsv':
      return toTsv(matrix);
    case 'csv':
      return toCsv(matrix);
    case 'md':
      return `**${tableCaption(table)}**\n\n${toMarkdown(matrix)}`;
    case 'json':
      return JSON.stringify(
        { table, title: tableCaption(table), found: result.tables[table].found, cells: result.tables[table].cells, rows: matrix },
        null,
        2,
      );
  }
}

export function copyText(result: AuditResult, target: CopyTarget, lang: Lang): string {
  if (target.kind === 'table') return tableText(result, target.table, target.format);
  return target.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : auditToMarkdown(result, lang);
}
