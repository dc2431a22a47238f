// A cell that holds something other than a non-negative number ("1O", "l7", "-3", a decimal outside
// the 万元 fee cell). One finding per cell.

import { CELL_KEYS, TABLE_IDS } from '../standard/tables';
import { cellRef, isBadNumber, skipsTable } from './cells';
import { defineRule } from './types';

export const cellInvalid = defineRule({
  id: 'cell-invalid',
  severity: 'error',
  category: 'completeness',
  contract: true,
  docs: { spec: '§5.4 T3-4, §6 T4-2, §7' },
  description: {
    zh: '单元格内容是否为非负数',
    en: 'Every cell holds a non-negative number',
  },
  messages: {
    default: {
      zh: '{cell}的内容“{raw}”不是非负数',
      en: '{cell} holds "{raw}", which is not a non-negative number',
    },
  },
  check(report) {
    return TABLE_IDS.flatMap((id) => {
      const t = report.tables[id];
      if (!t.found || skipsTable(report, id)) return [];
      return CELL_KEYS[id]
        .filter((k) => {
          const c = t.cells[k];
          return c !== undefined && (c.status === 'invalid' || isBadNumber(id, k, c));
        })
        .map((k) => {
          const c = t.cells[k]!;
          return { cells: [cellRef(id, k)], data: { cell: cellRef(id, k), raw: c.raw ?? String(c.value ?? '') } };
        });
    });
  },
});
