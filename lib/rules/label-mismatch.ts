// A printed label that still differs from the standard wording after normalisation (spec §8): one
// finding per deviation the reader recorded (cells = what the label heads), plus typos in section
// headings (cells []). Wording variants of headings are not deviations.

import { SECTIONS } from '../standard/sections';
import { TABLE_IDS } from '../standard/tables';
import { cellRef, skipsTable } from './cells';
import { headingTypos } from './heading-typos';
import { defineRule, type RawFinding } from './types';

export const labelMismatch = defineRule({
  id: 'label-mismatch',
  severity: 'warning',
  category: 'completeness',
  contract: true,
  docs: { spec: '§8' },
  description: {
    zh: '表格标签与标准表述是否一致',
    en: 'Table labels follow the standard wording',
  },
  messages: {
    default: {
      zh: '{table}标签“{printed}”与标准表述“{expected}”不一致',
      en: '{table} label "{printed}" differs from the standard wording "{expected}"',
    },
    heading: {
      zh: '{sectionName}标题“{printed}”与标准表述“{expected}”不一致',
      en: 'The heading of {sectionName}, "{printed}", differs from the standard wording "{expected}"',
    },
  },
  check(report) {
    const out: RawFinding[] = [];
    for (const id of TABLE_IDS) {
      const t = report.tables[id];
      if (!t.found || skipsTable(report, id)) continue;
      for (const d of t.labels) {
        out.push({ cells: d.cells.map((k) => (k.includes(':') ? k : cellRef(id, k))), data: { table: id, printed: d.printed, expected: d.expected } });
      }
    }
    for (const s of report.sections) {
      if (headingTypos(s).length === 0) continue;
      const def = SECTIONS.find((d) => d.no === s.no)!;
      out.push({ cells: [], message: 'heading', data: { section: s.no, printed: s.title!, expected: def.title } });
    }
    return out;
  },
});
