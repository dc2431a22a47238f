// A standard table the document does not have. Not raised for table 二 of a 2019-layout report
// (its 2021 cells do not exist there) nor for a table the reader says it could not read.

import { CELL_KEYS, TABLE_IDS } from '../standard/tables';
import { cellRef, skipsTable } from './cells';
import { tableUnreadable } from './unreadable';
import { defineRule } from './types';

export const tableMissing = defineRule({
  id: 'table-missing',
  severity: 'error',
  category: 'completeness',
  contract: true,
  docs: { spec: '§3.2, §4–6' },
  description: {
    zh: '三张标准表格是否齐全',
    en: 'All three standard tables are present',
  },
  messages: {
    default: {
      zh: '未找到{tableTitle}',
      en: '{tableTitle} was not found',
    },
  },
  check: (report) =>
    TABLE_IDS.filter((id) => !report.tables[id].found && !skipsTable(report, id) && !tableUnreadable(report, id)).map((id) => ({
      cells: CELL_KEYS[id].map((k) => cellRef(id, k)),
      data: { table: id },
    })),
});
