// T3-3: per column, （七）总计 = the sum of the 21 result leaves. A table with a single （六）其他处理
// row (2019 layout, or mixed) sums the 18 other leaves and that row instead (spec §5.4).

import { columnName } from '../i18n/names';
import { resultsTotalFailures } from './identities';
import { defineRule } from './types';

export const t3ResultsTotal = defineRule({
  id: 't3-results-total',
  severity: 'error',
  category: 'arithmetic',
  contract: true,
  docs: { spec: '§5.4 T3-3', formula: 'results.total.c = Σ result leaves (21, or 19 with a single （六） row)' },
  description: {
    zh: '表三每一列：（七）总计 = 各项办理结果之和',
    en: 'Table 3, each column: results total = sum of the result rows',
  },
  messages: {
    default: {
      zh: '表三“{col}”列：各项办理结果合计{expected}，（七）总计为{actual}',
      en: 'Table 3, column "{col}": the result rows add up to {expected}, the results total says {actual}',
    },
  },
  check: (report) =>
    resultsTotalFailures(report).map((f) => ({
      cells: f.cells,
      expected: f.expected,
      actual: f.actual,
      data: { col: columnName('applications', f.at), expected: f.expected, actual: f.actual },
    })),
});
