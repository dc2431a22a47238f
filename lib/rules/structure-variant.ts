// A row of a standard table missing or merged, e.g. a single （六）其他处理 row or table 二 without
// the 规章 row. The cells the document does not have are absent: null in the audit and not
// reported as blank. One finding per variant the reader recorded.

import type { StructureVariant } from '../model/report';
import { ACTIVE_BLOCKS, APPLICATION_ROWS, TABLE_IDS, type TableId } from '../standard/tables';
import { TABLE_NAME, TABLE_NAME_EN } from './cells';
import { defineRule, type RawFinding } from './types';

function rowName(table: TableId, key: string): string {
  const rows = table === 'active' ? ACTIVE_BLOCKS.flatMap((b) => b.rows) : APPLICATION_ROWS;
  const row = rows.find((r) => r.key === key);
  if (!row) return key;
  return 'group' in row && row.group ? `${row.group}${row.label}` : row.label;
}

function describe(table: TableId, v: StructureVariant): { what: string; whatEn: string } {
  switch (v.code) {
    case 'single-other-row':
      return {
        what: '“（六）其他处理”只有一行数值，没有分列1至3三个子项',
        whatEn: '"(六) 其他处理" has one row of values instead of its three sub-rows',
      };
    case 'missing-row':
      return { what: `没有“${rowName(table, v.row)}”行`, whatEn: `there is no row "${rowName(table, v.row)}"` };
    case 'merged-rows': {
      const names = v.rows.map((r) => `“${rowName(table, r)}”`).join('、');
      return { what: `${names}共用合并的数值单元格，无法分行读取`, whatEn: `rows ${names} share merged value cells and cannot be read one by one` };
    }
  }
}

export const structureVariant = defineRule({
  id: 'structure-variant',
  severity: 'warning',
  description: {
    zh: '表格的行列结构是否与标准格式一致',
    en: 'Tables have the standard rows and columns',
  },
  messages: {
    default: {
      zh: '{table}结构与标准格式不同：{what}',
      en: '{tableEn} differs from the standard layout: {whatEn}',
    },
  },
  check(report) {
    const out: RawFinding[] = [];
    for (const id of TABLE_IDS) {
      const t = report.tables[id];
      if (!t.found) continue;
      for (const v of t.variants) {
        // The single （六） row is the 2019 layout itself, not a deviation from it.
        if (v.code === 'single-other-row' && report.format === '2019') continue;
        out.push({ cells: [], params: { table: TABLE_NAME[id], tableEn: TABLE_NAME_EN[id], ...describe(id, v) } });
      }
    }
    return out;
  },
});
