// The year in the title against the years of the statistical-period sentence (spec §1). Other
// years in the narrative are not compared: "结转2024年度继续办理" in a 2023 report is consistent.

import type { RecognizedReport } from '../model/report';
import { defineRule } from './types';

/** The year the title names, else the report's year. */
export function titleYear(report: RecognizedReport): number | null {
  const m = report.title?.replace(/\s+/g, '').match(/(\d{4})年/);
  return m ? Number(m[1]) : report.year;
}

export const periodMismatch = defineRule({
  id: 'period-mismatch',
  severity: 'warning',
  category: 'text',
  contract: true,
  docs: { spec: '§1 Statistical period' },
  description: {
    zh: '标题年度与统计期限是否一致',
    en: 'The year in the title agrees with the statistical period',
  },
  messages: {
    default: {
      zh: '标题年度{year}年与统计期限{period}年不一致',
      en: 'The title says {year}, but the statistical period names {period}',
    },
  },
  check(report) {
    const year = titleYear(report);
    if (year === null) return [];
    const other = report.periodYears.filter((y) => y !== year);
    if (other.length === 0) return [];
    return [{ cells: [], data: { year, period: [...new Set(other)] } }];
  },
});
