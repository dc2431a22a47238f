// T3-1, the official 勾稽关系 of table 三, per column: new + carried_in = results.total + carried_out.

import { columnName } from '../i18n/names';
import { balanceFailures } from './identities';
import { defineRule } from './types';

export const t3Balance = defineRule({
  id: 't3-balance',
  severity: 'error',
  category: 'arithmetic',
  contract: true,
  docs: { spec: '§5.3–5.4 T3-1', formula: 'new.c + carried_in.c = results.total.c + carried_out.c' },
  description: {
    zh: '表三每一列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度',
    en: 'Table 3, each column: new + carried over = results total + carried forward',
  },
  messages: {
    default: {
      zh: '表三“{col}”列：本年新收({new})+上年结转({carriedIn})={expected}，不等于办理结果总计({total})+结转下年度({carriedOut})={actual}',
      en: 'Table 3, column "{col}": new ({new}) + carried over ({carriedIn}) = {expected}, but results total ({total}) + carried forward ({carriedOut}) = {actual}',
    },
  },
  check: (report) =>
    balanceFailures(report).map((f) => {
      const [n, ci, total, co] = f.parts!;
      return {
        cells: f.cells,
        expected: f.expected,
        actual: f.actual,
        data: { col: columnName('applications', f.at), new: n!, carriedIn: ci!, total: total!, carriedOut: co!, expected: f.expected, actual: f.actual },
      };
    }),
});
