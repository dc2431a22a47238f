// A printed label that still differs from the standard wording after normalisation (spec §8): one
// finding per deviation the reader recorded (cells = what the label heads), plus typos in section
// headings (cells []). Wording variants of headings are not deviations.

import { SECTIONS } from '../standard/sections';
import { TABLE_IDS } from '../standard/tables';
import { TABLE_NAME, TABLE_NAME_EN, cellRef, skipsTable } from './cells';
import { headingTypos } from './heading-typos';
import { defineRule, type RawFinding } from './types';

export const labelMismatch = defineRule({
  id: 'label-mismatch',
  severity: 'warning',
  description: {
    zh: '表格标签与标准表述是否一致',
    en: 'Table labels follow the standard wording',
  },
  messages: {
    default: {
      zh: '{table}标签“{printed}”与标准表述“{expected}”不一致',
      en: '{tableEn} label "{printed}" differs from the standard wording "{expected}"',
    },
    heading: {
      zh: '第{ordinal}部分标题“{printed}”与标准表述“{expected}”不一致',
      en: 'The heading of section {no}, "{printed}", differs from the standard wording "{expected}"',
    },
  },
  check(report) {
    const out: RawFinding[] = [];
    for (const id of TABLE_IDS) {
      const t = report.tables[id];
      if (!t.found || skipsTable(report, id)) continue;
      for (const d of t.labels) {
        out.push({
          cells: d.cells.map((k) => (k.includes(':') ? k : cellRef(id, k))),
          params: { table: TABLE_NAME[id], tableEn: TABLE_NAME_EN[id], printed: d.printed, expected: d.expected },
        });
      }
    }
    for (const s of report.sections) {
      if (headingTypos(s).length === 0) continue;
      const def = SECTIONS.find((d) => d.no === s.no)!;
      out.push({
        cells: [],
        variant: 'heading',
        params: { ordinal: def.ordinal, no: s.no, printed: s.title!, expected: def.title },
      });
    }
    return out;
  },
});
