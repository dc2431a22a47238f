// One finding per table listing its blank cells. Placeholders (—, /, 无) count as blank: a common
// convention, reported as such and never as invalid (spec §7). Absent cells (a structure variant
// has no such cell) and uncertain ones (needs-review) are not blanks.

import { CELL_KEYS, TABLE_IDS } from '../standard/tables';
import { cellRef, isEmptyTable, skipsTable } from './cells';
import { defineRule } from './types';

export const cellBlank = defineRule({
  id: 'cell-blank',
  severity: 'warning',
  category: 'completeness',
  contract: true,
  docs: { spec: '§7, §10.2' },
  description: {
    zh: '表格中是否有未填写的单元格',
    en: 'No table cell is left blank',
  },
  messages: {
    default: {
      zh: '{table}有{count}个单元格未填写',
      en: '{table} has {count, plural, one {# blank cell} other {# blank cells}}',
    },
    placeholder: {
      zh: '{table}有{count}个单元格未填写（其中{placeholders}个为占位符{marks}）',
      en: '{table} has {count, plural, one {# blank cell} other {# blank cells}} ({placeholders} holding the placeholder {marks})',
    },
  },
  check(report) {
    return TABLE_IDS.flatMap((id) => {
      const t = report.tables[id];
      if (!t.found || isEmptyTable(t) || skipsTable(report, id)) return [];
      const blank = CELL_KEYS[id].filter((k) => ['blank', 'placeholder'].includes(t.cells[k]?.status ?? ''));
      if (blank.length === 0) return [];
      const held = blank.filter((k) => t.cells[k]!.status === 'placeholder');
      const marks = [...new Set(held.map((k) => t.cells[k]!.raw ?? ''))].map((m) => `“${m}”`).join('');
      return [
        {
          cells: blank.map((k) => cellRef(id, k)),
          message: held.length > 0 ? 'placeholder' : 'default',
          data: { table: id, count: blank.length, placeholders: held.length, marks },
        },
      ];
    });
  },
});
