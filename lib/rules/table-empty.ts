// A table that is there but holds no number at all (every cell blank or a placeholder).

import { CELL_KEYS, TABLE_IDS, TABLE_TITLES } from '../standard/tables';
import { TABLE_NAME, TABLE_NAME_EN, cellRef, skipsTable } from './cells';
import { tableUnreadable } from './unreadable';
import { defineRule } from './types';
import type { RecognizedTable } from '../model/report';

/** Found, and not one cell holds a number. */
export function isEmptyTable(t: RecognizedTable): boolean {
  return t.found && !Object.values(t.cells).some((c) => c.status === 'number');
}

export const tableEmpty = defineRule({
  id: 'table-empty',
  severity: 'error',
  description: {
    zh: '表格是否填写了数值',
    en: 'Each table holds at least one number',
  },
  messages: {
    default: {
      zh: '{table}“{title}”没有任何数值',
      en: '{tableEn} ("{title}") holds no number at all',
    },
  },
  check(report) {
    return TABLE_IDS.filter(
      (id) => isEmptyTable(report.tables[id]) && !skipsTable(report, id) && !tableUnreadable(report, id),
    ).map((id) => ({
      cells: CELL_KEYS[id].map((k) => cellRef(id, k)),
      params: { table: TABLE_NAME[id], tableEn: TABLE_NAME_EN[id], title: TABLE_TITLES[id] },
    }));
  },
});
