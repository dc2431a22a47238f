// Advisory (spec §9.2): last year's stock implied by this year's row, 现行有效 − 本年制发 + 本年废止,
// cannot be negative. Info only: revisions and recounts happen.

import { cellRef, numbers } from './cells';
import { defineRule, type RawFinding } from './types';

const ROWS = [
  { key: 'regulations', label: '规章' },
  { key: 'normative', label: '行政规范性文件' },
];

export const impliedStock = defineRule({
  id: 'implied-stock',
  severity: 'info',
  category: 'advisory',
  contract: false,
  docs: { spec: '§9.2', formula: 'in_force − issued + repealed ≥ 0' },
  description: {
    zh: '由本年数字推算的上年现行有效件数是否为负（仅供参考）',
    en: "Last year's stock implied by this year's figures is not negative (advisory)",
  },
  messages: {
    default: {
      zh: '表二“{row}”：现行有效{inForce}件 − 本年制发{issued}件 + 本年废止{repealed}件 = {stock}，推算的上年现行有效件数为负，请核对',
      en: 'Table 2, "{row}": in force {inForce} − issued {issued} + repealed {repealed} = {stock}, a negative stock for last year; please check',
    },
  },
  check(report) {
    if (report.format === '2019') return [];
    const out: RawFinding[] = [];
    for (const { key, label } of ROWS) {
      const keys = [`${key}.issued`, `${key}.repealed`, `${key}.in_force`];
      const v = numbers(report, 'active', keys);
      if (!v) continue;
      const [issued, repealed, inForce] = v as [number, number, number];
      const stock = inForce - issued + repealed;
      if (stock >= 0) continue;
      out.push({ cells: keys.map((k) => cellRef('active', k)), data: { row: label, issued, repealed, inForce, stock } });
    }
    return out;
  },
});
