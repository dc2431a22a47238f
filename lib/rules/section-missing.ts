// One finding per required section the document does not have (spec §3).

import { SECTIONS } from '../standard/sections';
import { defineRule } from './types';

const NUMERAL_EN = ['', 'one', 'two', 'three', 'four', 'five', 'six'];

export const sectionMissing = defineRule({
  id: 'section-missing',
  severity: 'error',
  description: {
    zh: '六个必备部分是否齐全',
    en: 'All six required sections are present',
  },
  messages: {
    default: {
      zh: '缺少第{ordinal}部分“{title}”',
      en: 'Section {no} ("{title}") is missing',
    },
  },
  check(report) {
    return report.sections
      .filter((s) => !s.found)
      .map((s) => {
        const def = SECTIONS.find((d) => d.no === s.no)!;
        return {
          cells: [],
          params: { ordinal: def.ordinal, no: NUMERAL_EN[s.no] ?? s.no, title: def.title.replace(/^[一二三四五六]、/, '') },
        };
      });
  },
});
