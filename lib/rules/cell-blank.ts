// One finding per table listing its blank cells. Placeholders (—, /, 无) count as blank: a common
// convention, reported as such and never as invalid (spec §7). Absent cells (a structure variant
// has no such cell) and uncertain ones (needs-review) are not blanks.

import { CELL_KEYS, TABLE_IDS } from '../standard/tables';
import { TABLE_NAME, TABLE_NAME_EN, cellRef, skipsTable } from './cells';
import { isEmptyTable } from './table-empty';
import { defineRule } from './types';

export const cellBlank = defineRule({
  id: 'cell-blank',
  severity: 'warning',
  description: {
    zh: '表格中是否有未填写的单元格',
    en: 'No table cell is left blank',
  },
  messages: {
    default: {
      zh: '{table}有{count}个单元格未填写',
      en: '{tableEn} has {count} blank cell(s)',
    },
    placeholder: {
      zh: '{table}有{count}个单元格未填写（其中{placeholders}个为占位符{marks}）',
      en: '{tableEn} has {count} blank cell(s) ({placeholders} of them hold the placeholder {marks})',
    },
  },
  check(report) {
    return TABLE_IDS.flatMap((id) => {
      const t = report.tables[id];
      if (!t.found || isEmptyTable(t) || skipsTable(report, id)) return [];
      const blank = CELL_KEYS[id].filter((k) => ['blank', 'placeholder'].includes(t.cells[k]?.status ?? ''));
      if (blank.length === 0) return [];
      const marks = [...new Set(blank.filter((k) => t.cells[k]!.status === 'placeholder').map((k) => t.cells[k]!.raw ?? ''))];
      const placeholders = blank.filter((k) => t.cells[k]!.status === 'placeholder').length;
      return [
        {
          cells: blank.map((k) => cellRef(id, k)),
          variant: placeholders > 0 ? 'placeholder' : 'default',
          params: {
            table: TABLE_NAME[id],
            tableEn: TABLE_NAME_EN[id],
            count: blank.length,
            placeholders,
            marks: marks.map((m) => `“${m}”`).join(''),
          },
        },
      ];
    });
  },
});
