// Advisory (spec §10.3): when blanks made the identities of table 三 or 四 skip, evaluate them once
// more reading every blank as 0. "Consistent if blanks are zero" reassures; a failure under that
// reading is only a hint, never an error.

import type { CellReading, RecognizedReport } from '../model/report';
import { CELL_KEYS, type TableId } from '../standard/tables';
import { TABLE_NAME, TABLE_NAME_EN } from './cells';
import { t3Balance } from './t3-balance';
import { t3ResultsTotal } from './t3-results-total';
import { t3RowTotal } from './t3-row-total';
import { t4Total } from './t4-total';
import { defineRule, type RawFinding, type Rule } from './types';

const CHECKS: Record<'applications' | 'reviews', Rule[]> = {
  applications: [t3Balance, t3RowTotal, t3ResultsTotal],
  reviews: [t4Total],
};

const isBlank = (c: CellReading | undefined) => c?.status === 'blank' || c?.status === 'placeholder';

function withBlanksAsZero(report: RecognizedReport, id: TableId): RecognizedReport {
  const t = report.tables[id];
  const cells = Object.fromEntries(
    Object.entries(t.cells).map(([k, c]) => [k, isBlank(c) ? { ...c, value: 0, status: 'number' as const } : c]),
  );
  return { ...report, tables: { ...report.tables, [id]: { ...t, cells } } };
}

const signature = (rule: Rule, f: RawFinding) => `${rule.id}|${f.cells.join()}`;

/**
 * A check whose inputs are all blank but one says nothing under this reading: a table that fills
 * only the 总计 column (seed 003) is not "inconsistent if blanks are zero".
 */
function informative(report: RecognizedReport, f: RawFinding): boolean {
  const printed = f.cells.filter((ref) => {
    const [table, key] = ref.split(':') as [TableId, string];
    return !isBlank(report.tables[table].cells[key]);
  });
  return printed.length > 1;
}

export const blankAsZero = defineRule({
  id: 'blank-as-zero',
  severity: 'info',
  description: {
    zh: '将空白单元格视为0时表格是否平衡（仅供参考）',
    en: 'Whether the tables balance when blank cells are read as 0 (advisory)',
  },
  messages: {
    default: {
      zh: '若将空白单元格视为0，{table}的各项勾稽关系均成立',
      en: 'Reading blank cells as 0, every identity of {tableEn} holds',
    },
    fails: {
      zh: '即使将空白单元格视为0，{table}仍有{count}项勾稽关系不成立（仅供参考）',
      en: 'Even reading blank cells as 0, {count} identit(ies) of {tableEn} fail (advisory)',
    },
  },
  check(report) {
    const out: RawFinding[] = [];
    for (const id of ['applications', 'reviews'] as const) {
      const t = report.tables[id];
      if (!t.found || !CELL_KEYS[id].some((k) => isBlank(t.cells[k]))) continue;
      if (!CELL_KEYS[id].some((k) => t.cells[k]?.status === 'number')) continue;
      const before = new Set(CHECKS[id].flatMap((r) => r.check(report).map((f) => signature(r, f))));
      const zeroed = withBlanksAsZero(report, id);
      const fresh = CHECKS[id].flatMap((r) =>
        r.check(zeroed).filter((f) => !before.has(signature(r, f)) && informative(report, f)),
      );
      const params = { table: TABLE_NAME[id], tableEn: TABLE_NAME_EN[id], count: fresh.length };
      out.push(
        fresh.length === 0
          ? { cells: [], params }
          : { cells: [...new Set(fresh.flatMap((f) => f.cells))], variant: 'fails', params },
      );
    }
    return out;
  },
});
