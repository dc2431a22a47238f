// Advisory (spec §10.3): when blanks made the identities of table 三 or 四 skip, evaluate them once
// more reading every blank as 0. "Consistent if blanks are zero" reassures; a failure under that
// reading is only a hint, never an error.

import type { CellReading, RecognizedReport } from '../model/report';
import { CELL_KEYS, type TableId } from '../standard/tables';
import { IDENTITIES, type Failure } from './identities';
import { defineRule, type RawFinding } from './types';

const isBlank = (c: CellReading | undefined) => c?.status === 'blank' || c?.status === 'placeholder';

function withBlanksAsZero(report: RecognizedReport, id: TableId): RecognizedReport {
  const t = report.tables[id];
  const cells = Object.fromEntries(
    Object.entries(t.cells).map(([k, c]) => [k, isBlank(c) ? { ...c, value: 0, status: 'number' as const } : c]),
  );
  return { ...report, tables: { ...report.tables, [id]: { ...t, cells } } };
}

const failures = (report: RecognizedReport, id: TableId): { rule: string; f: Failure }[] =>
  IDENTITIES.filter((x) => x.table === id).flatMap((x) => x.failures(report).map((f) => ({ rule: x.rule, f })));

const signature = (x: { rule: string; f: Failure }) => `${x.rule}|${x.f.cells.join()}`;

/**
 * A check whose inputs are all blank but one says nothing under this reading: a table that fills
 * only the 总计 column (seed 003) is not "inconsistent if blanks are zero".
 */
function informative(report: RecognizedReport, f: Failure): boolean {
  const printed = f.cells.filter((ref) => {
    const [table, key] = ref.split(':') as [TableId, string];
    return !isBlank(report.tables[table].cells[key]);
  });
  return printed.length > 1;
}

export const blankAsZero = defineRule({
  id: 'blank-as-zero',
  severity: 'info',
  category: 'advisory',
  contract: false,
  docs: { spec: '§10.3' },
  description: {
    zh: '将空白单元格视为0时表格是否平衡（仅供参考）',
    en: 'Whether the tables balance when blank cells are read as 0 (advisory)',
  },
  messages: {
    default: {
      zh: '若将空白单元格视为0，{table}的各项勾稽关系均成立',
      en: 'Reading blank cells as 0, every identity of {table} holds',
    },
    fails: {
      zh: '即使将空白单元格视为0，{table}仍有{count}项勾稽关系不成立（仅供参考）',
      en: 'Even reading blank cells as 0, {count, plural, one {# identity} other {# identities}} of {table} fail (advisory)',
    },
  },
  check(report) {
    const out: RawFinding[] = [];
    for (const id of ['applications', 'reviews'] as const) {
      const t = report.tables[id];
      if (!t.found || !CELL_KEYS[id].some((k) => isBlank(t.cells[k]))) continue;
      if (!CELL_KEYS[id].some((k) => t.cells[k]?.status === 'number')) continue;
      const before = new Set(failures(report, id).map(signature));
      const fresh = failures(withBlanksAsZero(report, id), id).filter((x) => !before.has(signature(x)) && informative(report, x.f));
      const data = { table: id, count: fresh.length };
      out.push(fresh.length === 0 ? { cells: [], data } : { cells: [...new Set(fresh.flatMap((x) => x.f.cells))], message: 'fails', data });
    }
    return out;
  },
});
