// The summary of many audits (the checker's batch run, the extension's listing page): one row a
// report with its organ, year, verdict, counts and link, as CSV or an .xlsx workbook. Text from
// documents goes in as text: never a formula (CSV cells that a spreadsheet would run are quoted
// with a leading apostrophe, XLSX cells are typed strings).

import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import type { Lang } from '../i18n/format';
import { toCsv } from './formats';

export type SummaryVerdict = 'errors' | 'warnings' | 'clean' | 'review' | 'not-report' | 'unreadable' | 'internal-error';

export interface SummaryRow {
  /** The file or address audited. */
  link: string;
  organ: string | null;
  year: number | null;
  title: string | null;
  verdict: SummaryVerdict;
  errors: number | null;
  warnings: number | null;
  /** Info findings: questions for the reader. */
  notes: number | null;
  /** Last year's report it was compared with (cross-year rules), if any. */
  previous: string | null;
  /** Warnings of the cross-year rules. */
  crossYear: number | null;
  /** Why the input could not be audited. */
  error: string | null;
}

const HEADERS: Record<Lang, string[]> = {
  zh: ['机关', '年度', '结论', '错误', '警告', '提示', '跨年度警告', '对照的上年报告', '标题', '链接', '说明'],
  en: ['Organ', 'Year', 'Verdict', 'Errors', 'Warnings', 'Notes', 'Cross-year warnings', 'Compared with', 'Title', 'Link', 'Note'],
};

export const VERDICT_WORDS: Record<Lang, Record<SummaryVerdict, string>> = {
  zh: { errors: '有错误', warnings: '有警告', clean: '通过', review: '需人工核对', 'not-report': '非年报', unreadable: '无法读取', 'internal-error': '内部错误' },
  en: { errors: 'errors', warnings: 'warnings', clean: 'clean', review: 'needs review', 'not-report': 'not a report', unreadable: 'unreadable', 'internal-error': 'internal error' },
};

type Cell = string | number | null;

function cells(r: SummaryRow, lang: Lang): Cell[] {
  return [r.organ, r.year, VERDICT_WORDS[lang][r.verdict], r.errors, r.warnings, r.notes, r.crossYear, r.previous, r.title, r.link, r.error];
}

/** A text cell a spreadsheet would read as a formula (=, +, -, @, or a control first). */
const FORMULA_START = /^[=+\-@\t\r]/;
const asText = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);

export function summaryCsv(rows: readonly SummaryRow[], lang: Lang): string {
  const body = rows.map((r) => cells(r, lang).map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : asText(c))));
  // A file: with the BOM that lets Excel read UTF-8 (lib/export/formats adds it only when asked).
  return toCsv([HEADERS[lang], ...body], { bom: true });
}

export async function summaryXlsx(rows: readonly SummaryRow[], lang: Lang): Promise<Uint8Array> {
  const header = HEADERS[lang].map((value) => ({ value, fontWeight: 'bold' as const }));
  const body = rows.map((r) => cells(r, lang).map((c) => (c === null ? null : typeof c === 'number' ? { value: c, type: Number } : { value: c, type: String })));
  const data = [header, ...body] as SheetData;
  const blob = await writeXlsxFile(data, { sheet: lang === 'zh' ? '审计汇总' : 'Audits', stickyRowsCount: 1 }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
