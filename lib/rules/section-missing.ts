// One finding per required section the document does not have (spec §3).

import { defineRule } from './types';

export const sectionMissing = defineRule({
  id: 'section-missing',
  severity: 'error',
  category: 'completeness',
  contract: true,
  docs: { spec: '§3.1–3.2' },
  description: {
    zh: '六个必备部分是否齐全',
    en: 'All six required sections are present',
  },
  messages: {
    default: {
      zh: '缺少{sectionName}“{sectionTitle}”',
      en: 'Section {section} ("{sectionTitle}") is missing',
    },
  },
  check: (report) => report.sections.filter((s) => !s.found).map((s) => ({ cells: [], data: { section: s.no } })),
});
