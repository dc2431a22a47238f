// A table that is there but holds no number at all (every cell blank or a placeholder).

import { CELL_KEYS, TABLE_IDS } from '../standard/tables';
import { cellRef, isEmptyTable, skipsTable } from './cells';
import { tableUnreadable } from './unreadable';
import { defineRule } from './types';


export const tableEmpty = defineRule({
  id: 'table-empty',
  severity: 'error',
  category: 'completeness',
  contract: true,
  docs: { spec: '§7' },
  description: {
    zh: '表格是否填写了数值',
    en: 'Each table holds at least one number',
  },
  messages: {
    default: {
      zh: '{tableTitle}没有任何数值',
      en: '{tableTitle} holds no number at all',
    },
  },
  check: (report) =>
    TABLE_IDS.filter((id) => isEmptyTable(report.tables[id]) && !skipsTable(report, id) && !tableUnreadable(report, id)).map((id) => ({
      cells: CELL_KEYS[id].map((k) => cellRef(id, k)),
      data: { table: id },
    })),
});
