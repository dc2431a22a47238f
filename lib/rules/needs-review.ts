// Cells the reader could not read with confidence: info, worded as a request to look, never as a
// fault of the publisher. One finding per table, from the reader's doubts.

import { CELL_KEYS, TABLE_IDS } from '../standard/tables';
import { cellRef } from './cells';
import { defineRule, type RawFinding } from './types';
import { tableUnreadable } from './unreadable';

export const needsReview = defineRule({
  id: 'needs-review',
  severity: 'info',
  category: 'completeness',
  contract: true,
  docs: { spec: 'audit-json.md "needs-review"' },
  description: {
    zh: '未能可靠读取的单元格，需要人工核对',
    en: 'Cells that could not be read with confidence and need a human look',
  },
  messages: {
    default: {
      zh: '{table}有{count}个单元格未能可靠读取，请对照原文核对：{doubts}',
      en: '{table}: {count, plural, one {# cell} other {# cells}} could not be read with confidence; please check against the document: {doubts}',
    },
    table: {
      zh: '{table}未能可靠读取，请对照原文核对：{doubts}',
      en: '{table} could not be read with confidence; please check it against the document: {doubts}',
    },
  },
  check(report) {
    const out: RawFinding[] = [];
    for (const id of TABLE_IDS) {
      const t = report.tables[id];
      const uncertain = CELL_KEYS[id].filter((k) => t.cells[k]?.status === 'uncertain');
      if (uncertain.length === 0 && !tableUnreadable(report, id)) continue;
      out.push({
        cells: uncertain.map((k) => cellRef(id, k)),
        message: uncertain.length > 0 ? 'default' : 'table',
        data: { table: id, count: uncertain.length, doubts: t.doubts },
      });
    }
    return out;
  },
});
