// T3-2: in every row of table 三, 总计 = the sum of the six applicant columns.

import { rowName } from '../i18n/names';
import { rowTotalFailures } from './identities';
import { defineRule } from './types';

export const t3RowTotal = defineRule({
  id: 't3-row-total',
  severity: 'error',
  category: 'arithmetic',
  contract: true,
  docs: { spec: '§5.4 T3-2', formula: 'r.total = r.natural + r.business + r.research + r.nonprofit + r.legal + r.other' },
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
  check: (report) =>
    rowTotalFailures(report).map((f) => ({
      cells: f.cells,
      expected: f.expected,
      actual: f.actual,
      data: { row: rowName('applications', f.at, true), expected: f.expected, actual: f.actual },
    })),
});
