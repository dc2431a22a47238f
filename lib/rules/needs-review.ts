// Cells the reader could not read with confidence: info, worded as a request to look, never as a
// fault of the publisher. One finding per table, from the reader's doubts.

import { CELL_KEYS, TABLE_IDS } from '../standard/tables';
import { TABLE_NAME, TABLE_NAME_EN, cellRef } from './cells';
import { defineRule, type RawFinding } from './types';
import { tableUnreadable } from './unreadable';

export const needsReview = defineRule({
  id: 'needs-review',
  severity: 'info',
  description: {
    zh: '未能可靠读取的单元格，需要人工核对',
    en: 'Cells that could not be read with confidence and need a human look',
  },
  messages: {
    default: {
      zh: '{table}有{count}个单元格未能可靠读取，请对照原文核对：{doubts}',
      en: '{tableEn}: {count} cell(s) could not be read with confidence; please check them against the document: {doubts}',
    },
    table: {
      zh: '{table}未能可靠读取，请对照原文核对：{doubts}',
      en: '{tableEn} could not be read with confidence; please check it against the document: {doubts}',
    },
  },
  check(report) {
    const out: RawFinding[] = [];
    for (const id of TABLE_IDS) {
      const t = report.tables[id];
      const uncertain = CELL_KEYS[id].filter((k) => t.cells[k]?.status === 'uncertain');
      if (uncertain.length === 0 && !tableUnreadable(report, id)) continue;
      const notes = report.notes.filter((n) => n.includes(TABLE_NAME[id]));
      const doubts = [...new Set([...t.doubts, ...notes])].join('；') || '原因未知';
      const params = { table: TABLE_NAME[id], tableEn: TABLE_NAME_EN[id], count: uncertain.length, doubts };
      out.push({
        cells: uncertain.map((k) => cellRef(id, k)),
        variant: uncertain.length > 0 ? 'default' : 'table',
        params,
      });
    }
    return out;
  },
});
