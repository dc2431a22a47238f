// Cross-year, for 规章 and 行政规范性文件: last year's 现行有效 + this year's 本年制发 − 本年废止 =
// this year's 现行有效. Publishers re-clean their document libraries, so a break is a warning that
// shows both years' figures, never an error.

import { rowName } from '../i18n/names';
import { cellRef } from '../standard/tables';
import { readPair, UNSURE_MESSAGE } from './cross-year';
import { defineCrossYearRule, type RawFinding } from './types';

const ROWS = ['regulations', 'normative'] as const;

export const inForceChain = defineCrossYearRule({
  id: 'in-force-chain',
  severity: 'warning',
  category: 'arithmetic',
  contract: true,
  docs: { spec: 'audit-json.md "in-force-chain"', formula: 'previous r.in_force + r.issued − r.repealed = r.in_force' },
  description: {
    zh: '表二规章、行政规范性文件：上年现行有效 + 本年制发 − 本年废止 = 本年现行有效',
    en: "Table 2, 规章 and 行政规范性文件: last year's in force + issued − repealed = in force",
  },
  messages: {
    default: {
      zh: '表二“{row}”：{prevYear}年报告现行有效{prevInForce}件 + 本年制发{issued}件 − 本年废止{repealed}件 = {expected}件，但本年现行有效为{actual}件（清理文件库也可能造成差异，请核对）',
      en: 'Table 2, "{row}": {prevInForce} in force in the {prevYear} report + {issued} issued − {repealed} repealed = {expected}, but {actual} are in force this year (a clean-up of the document library may explain it; please check)',
    },
    'unsure-current': {
      zh: '表二“{row}”的跨年度现行有效件数无法核对：本年的相关单元格未能可靠读取，请对照原文与{prevYear}年报告核对',
      en: 'Table 2, "{row}": documents in force across years not checked: this year\'s cells could not be read with confidence; please check them against the document and the {prevYear} report',
    },
    'unsure-previous': {
      zh: '表二“{row}”的跨年度现行有效件数无法核对：{prevYear}年报告的“现行有效件数”未能可靠读取，请对照该报告核对',
      en: 'Table 2, "{row}": documents in force across years not checked: the {prevYear} report\'s in-force cell could not be read with confidence; please check it against that report',
    },
    'unsure-both': {
      zh: '表二“{row}”的跨年度现行有效件数无法核对：本年与{prevYear}年报告的相关单元格均未能可靠读取，请对照原文核对',
      en: 'Table 2, "{row}": documents in force across years not checked: the cells of both years could not be read with confidence; please check them against the documents',
    },
  },
  check(pair) {
    const out: RawFinding[] = [];
    for (const r of ROWS) {
      const keys = [`${r}.issued`, `${r}.repealed`, `${r}.in_force`];
      const cells = keys.map((k) => cellRef('active', k));
      const data = { row: rowName('active', r), year: pair.current.year ?? '', prevYear: pair.previous.year ?? '', previousCells: [cellRef('active', `${r}.in_force`)], previousName: pair.previous.source.name };
      const read = readPair(pair, 'active', keys, [`${r}.in_force`]);
      if (read.kind === 'unsure') out.push({ cells, severity: 'info', message: UNSURE_MESSAGE[read.which], data });
      if (read.kind !== 'values') continue;
      const [issued, repealed, inForce] = read.current as [number, number, number];
      const prevInForce = read.previous[0]!;
      const expected = prevInForce + issued - repealed;
      if (expected === inForce) continue;
      out.push({ cells, expected, actual: inForce, data: { ...data, prevInForce, issued, repealed, expected, actual: inForce } });
    }
    return out;
  },
});
