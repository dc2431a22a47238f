// T3-3: per column, （七）总计 = the sum of the 21 result leaves. A table with a single （六）其他处理
// row (2019 layout, or mixed) sums the 18 other leaves and that row instead (spec §5.4).

import type { RecognizedReport } from '../model/report';
import { APPLICANT_COLUMNS, RESULT_LEAVES } from '../standard/tables';
import { cellRef, columnLabel, numbers, sum } from './cells';
import { defineRule, type RawFinding } from './types';

const NON_OTHER_LEAVES = RESULT_LEAVES.filter((k) => !k.startsWith('results.other.'));

export function hasSingleOtherRow(report: RecognizedReport): boolean {
  return report.tables.applications.variants.some((v) => v.code === 'single-other-row');
}

/** The leaves of the table as printed: a single （六） row stands for its three sub-rows (read into results.other.other). */
function leavesOf(report: RecognizedReport): readonly string[] {
  return hasSingleOtherRow(report) ? [...NON_OTHER_LEAVES, 'results.other.other'] : RESULT_LEAVES;
}

export const t3ResultsTotal = defineRule({
  id: 't3-results-total',
  severity: 'error',
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
  check(report) {
    const out: RawFinding[] = [];
    const leaves = leavesOf(report);
    APPLICANT_COLUMNS.forEach(({ key: c }) => {
      const parts = numbers(report, 'applications', leaves.map((l) => `${l}.${c}`));
      const expected = parts && sum(parts);
      const total = numbers(report, 'applications', [`results.total.${c}`]);
      if (expected === null || !total) return;
      const actual = total[0]!;
      if (expected === actual) return;
      out.push({
        cells: [...leaves, 'results.total'].map((r) => cellRef('applications', `${r}.${c}`)),
        expected,
        actual,
        params: { col: columnLabel(c), expected, actual },
      });
    });
    return out;
  },
});
