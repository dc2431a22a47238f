// T4-1: in each group of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.

import { REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_PARTS } from '../standard/tables';
import { cellRef, numbers, sum } from './cells';
import { defineRule, type RawFinding } from './types';

export const t4Total = defineRule({
  id: 't4-total',
  severity: 'error',
  description: {
    zh: '表四每一组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
    en: 'Table 4, each group: total = upheld + corrected + other + pending',
  },
  messages: {
    default: {
      zh: '表四“{group}”：结果维持、结果纠正、其他结果、尚未审结合计{expected}，总计为{actual}',
      en: 'Table 4, "{group}": upheld, corrected, other and pending add up to {expected}, the total says {actual}',
    },
  },
  check(report) {
    const out: RawFinding[] = [];
    for (const g of REVIEW_GROUPS) {
      const parts = numbers(report, 'reviews', REVIEW_PARTS.map((c) => `${g.key}.${c}`));
      const total = numbers(report, 'reviews', [`${g.key}.total`]);
      if (!parts || !total) continue;
      const expected = sum(parts);
      const actual = total[0]!;
      if (expected === actual) continue;
      out.push({
        cells: REVIEW_COLUMNS.map((c) => cellRef('reviews', `${g.key}.${c.key}`)),
        expected,
        actual,
        params: { group: g.label, expected, actual },
      });
    }
    return out;
  },
});
