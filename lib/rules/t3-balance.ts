// T3-1, the official 勾稽关系 of table 三, per column: new + carried_in = results.total + carried_out.

import { APPLICANT_COLUMNS } from '../standard/tables';
import { cellRef, columnLabel, numbers } from './cells';
import { defineRule, type RawFinding } from './types';

export const t3Balance = defineRule({
  id: 't3-balance',
  severity: 'error',
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
  check(report) {
    const out: RawFinding[] = [];
    for (const { key: c } of APPLICANT_COLUMNS) {
      const keys = [`new.${c}`, `carried_in.${c}`, `results.total.${c}`, `carried_out.${c}`];
      const v = numbers(report, 'applications', keys);
      if (!v) continue;
      const [n, ci, total, co] = v as [number, number, number, number];
      const expected = n + ci;
      const actual = total + co;
      if (expected === actual) continue;
      out.push({
        cells: keys.map((k) => cellRef('applications', k)),
        expected,
        actual,
        params: { col: columnLabel(c), new: n, carriedIn: ci, total, carriedOut: co, expected, actual },
      });
    }
    return out;
  },
});
