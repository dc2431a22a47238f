// A row or column of a standard table missing or merged, e.g. a single （六）其他处理 row. The cells
// the document does not have are absent: null in the audit and not reported as blank.

import { TABLE_IDS } from '../standard/tables';
import { TABLE_NAME, TABLE_NAME_EN } from './cells';
import { defineRule, type RawFinding } from './types';

/** Wording for the variants the reader knows; others are shown by their id. */
const KNOWN: Record<string, { zh: string; en: string }> = {
  'single-other-row': {
    zh: '“（六）其他处理”只有一行，没有分列1至3三个子项（2019年格式）',
    en: '"(六) 其他处理" is a single row instead of its three sub-rows (2019 layout)',
  },
};

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
        if (v === 'single-other-row' && report.format === '2019') continue;
        out.push({
          cells: [],
          params: { table: TABLE_NAME[id], tableEn: TABLE_NAME_EN[id], what: KNOWN[v]?.zh ?? v, whatEn: KNOWN[v]?.en ?? v },
        });
      }
    }
    return out;
  },
});
