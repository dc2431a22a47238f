// T3-2: in every row of table 三, 总计 = the sum of the six applicant columns.

import { APPLICANT_COLUMNS, APPLICANT_PARTS, APPLICATION_ROWS } from '../standard/tables';
import { cellRef, numbers, rowLabel, sum } from './cells';
import { defineRule, type RawFinding } from './types';

export const t3RowTotal = defineRule({
  id: 't3-row-total',
  severity: 'error',
  description: {
    zh: '表三每一行：总计 = 六类申请人之和',
    en: 'Table 3, each row: total = sum of the six applicant columns',
  },
  messages: {
    default: {
      zh: '表三“{row}”行：各类申请人合计{expected}，总计栏为{actual}',
      en: 'Table 3, row "{row}": the applicant columns add up to {expected}, the total column says {actual}',
    },
  },
  check(report) {
    const out: RawFinding[] = [];
    for (const { key: r } of APPLICATION_ROWS) {
      const parts = numbers(report, 'applications', APPLICANT_PARTS.map((c) => `${r}.${c}`));
      const total = numbers(report, 'applications', [`${r}.total`]);
      if (!parts || !total) continue;
      const expected = sum(parts);
      const actual = total[0]!;
      if (expected === actual) continue;
      out.push({
        cells: APPLICANT_COLUMNS.map((c) => cellRef('applications', `${r}.${c.key}`)),
        expected,
        actual,
        params: { row: rowLabel(r), expected, actual },
      });
    }
    return out;
  },
});
