// A row of a standard table missing or merged, e.g. a single （六）其他处理 row or table 二 without
// the 规章 row. The cells the document does not have are absent: null in the audit and not
// reported as blank. One finding per variant the reader recorded.

import { rowName } from '../i18n/names';
import { TABLE_IDS } from '../standard/tables';
import { defineRule, type RawFinding } from './types';

export const structureVariant = defineRule({
  id: 'structure-variant',
  severity: 'warning',
  category: 'completeness',
  contract: true,
  docs: { spec: '§2.3, §5.2, §10.2' },
  description: {
    zh: '表格的行列结构是否与标准格式一致',
    en: 'Tables have the standard rows and columns',
  },
  messages: {
    default: {
      zh: '{table}结构与标准格式不同',
      en: '{table} differs from the standard layout',
    },
    'single-other-row': {
      zh: '{table}结构与标准格式不同：“（六）其他处理”只有一行数值，没有分列1至3三个子项',
      en: '{table} differs from the standard layout: "（六）其他处理" has one row of values instead of its three sub-rows',
    },
    'missing-row': {
      zh: '{table}结构与标准格式不同：没有“{row}”行',
      en: '{table} differs from the standard layout: there is no row "{row}"',
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
        const data = v.code === 'missing-row' ? { table: id, row: rowName(id, v.row) } : { table: id };
        out.push({ cells: [], message: v.code, data });
      }
    }
    return out;
  },
});
