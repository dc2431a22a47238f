// Advisory (spec §4, §9.2): county-level and lower organs cannot make 规章, so a non-zero 规章 row
// in their report is worth a look (the row may count rules the organ applies). Info only.

import type { RecognizedReport } from '../model/report';
import { cellRef, usableNumber } from './cells';
import { defineRule } from './types';

const KEYS = ['regulations.issued', 'regulations.repealed', 'regulations.in_force'];

/** The lowest administrative level the organ's name reaches is a county, district or below. */
export function isCountyOrLower(report: RecognizedReport): boolean {
  const name = (report.organ ?? report.title ?? '').replace(/自治区|自治州/g, '省').replace(/市场|城市|都市|市民/g, '');
  const levels = [...name.matchAll(/省|市|州|盟|县|区|旗|乡|镇|街道/g)].map((m) => m[0]);
  const lowest = levels.at(-1);
  return lowest !== undefined && ['县', '区', '旗', '乡', '镇', '街道'].includes(lowest);
}

export const regulationsScope = defineRule({
  id: 'regulations-scope',
  severity: 'info',
  category: 'advisory',
  contract: false,
  docs: { spec: '§4, §9.2' },
  description: {
    zh: '县级及以下机关的规章数量（仅供参考）',
    en: 'Regulations (规章) reported by a county-level or lower organ (advisory)',
  },
  messages: {
    default: {
      zh: '规章只能由设区的市级以上政府制定，本报告“规章”行有非零数值，请确认该行的统计口径',
      en: 'Only governments at the level of a districted city or above make "规章"; this report has non-zero values in the "规章" row, so check what the row counts',
    },
  },
  check(report) {
    const t = report.tables.active;
    if (!t.found || report.format === '2019' || !isCountyOrLower(report)) return [];
    const nonZero = KEYS.filter((k) => (usableNumber('active', k, t.cells[k]) ?? 0) > 0);
    return nonZero.length === 0 ? [] : [{ cells: nonZero.map((k) => cellRef('active', k)) }];
  },
});
