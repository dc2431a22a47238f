// T4-1: in each group of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.

import { rowName } from '../i18n/names';
import { reviewTotalFailures } from './identities';
import { defineRule } from './types';

export const t4Total = defineRule({
  id: 't4-total',
  severity: 'error',
  category: 'arithmetic',
  contract: true,
  docs: { spec: '§6 T4-1', formula: 'g.total = g.upheld + g.corrected + g.other + g.pending' },
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
  check: (report) =>
    reviewTotalFailures(report).map((f) => ({
      cells: f.cells,
      expected: f.expected,
      actual: f.actual,
      data: { group: rowName('reviews', f.at), expected: f.expected, actual: f.actual },
    })),
});
