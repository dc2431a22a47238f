// Cross-year, per applicant column: this year's 二、上年结转 equals last year's 四、结转下年度继续办理.

import { columnName } from '../i18n/names';
import { APPLICANT_COLUMNS, cellRef } from '../standard/tables';
import { readPair, UNSURE_MESSAGE } from './cross-year';
import { defineCrossYearRule, type RawFinding } from './types';

export const carryoverMismatch = defineCrossYearRule({
  id: 'carryover-mismatch',
  severity: 'warning',
  category: 'arithmetic',
  contract: true,
  docs: { spec: 'audit-json.md "carryover-mismatch"', formula: 'carried_in.c = previous carried_out.c' },
  description: {
    zh: '表三每一列：本年“上年结转”等于上年报告的“结转下年度继续办理”',
    en: "Table 3, each column: carried over from last year equals last year's report's carried forward",
  },
  messages: {
    default: {
      zh: '表三“{col}”列：本年“二、上年结转政府信息公开申请数量”为{actual}，而{prevYear}年报告“四、结转下年度继续办理”为{expected}',
      en: 'Table 3, column "{col}": {actual} carried over from last year, but the {prevYear} report carried {expected} forward',
    },
    'unsure-current': {
      zh: '表三“{col}”列的跨年度结转无法核对：本年“上年结转”未能可靠读取，请对照原文与{prevYear}年报告核对',
      en: 'Table 3, column "{col}": carry-over across years not checked: this year\'s carried-over cell could not be read with confidence; please check it against the document and the {prevYear} report',
    },
    'unsure-previous': {
      zh: '表三“{col}”列的跨年度结转无法核对：{prevYear}年报告的“结转下年度继续办理”未能可靠读取，请对照该报告核对',
      en: 'Table 3, column "{col}": carry-over across years not checked: the {prevYear} report\'s carried-forward cell could not be read with confidence; please check it against that report',
    },
    'unsure-both': {
      zh: '表三“{col}”列的跨年度结转无法核对：本年与{prevYear}年报告的相关单元格均未能可靠读取，请对照原文核对',
      en: 'Table 3, column "{col}": carry-over across years not checked: the cells of both years could not be read with confidence; please check them against the documents',
    },
  },
  check(pair) {
    const out: RawFinding[] = [];
    for (const { key: c } of APPLICANT_COLUMNS) {
      const mine = `carried_in.${c}`;
      const theirs = `carried_out.${c}`;
      const data = { col: columnName('applications', c), year: pair.current.year ?? '', prevYear: pair.previous.year ?? '', previousCells: [cellRef('applications', theirs)], previousName: pair.previous.source.name };
      const r = readPair(pair, 'applications', [mine], [theirs]);
      const cells = [cellRef('applications', mine)];
      if (r.kind === 'unsure') out.push({ cells, severity: 'info', message: UNSURE_MESSAGE[r.which], data });
      else if (r.kind === 'values' && r.current[0] !== r.previous[0]) {
        out.push({ cells, expected: r.previous[0], actual: r.current[0], data: { ...data, expected: r.previous[0]!, actual: r.current[0]! } });
      }
    }
    return out;
  },
});
