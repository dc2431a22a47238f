// Section headings renumbered in text documents (seed texts, crawler text): each heading the
// truth records is found as its exact printed title — on a line of its own in seed texts,
// inline in crawler text — and rewritten "第一部分 总体情况" or without an ordinal. Sections stay
// found; the numbering variant is an optional label-mismatch, as for HTML.

import type { Transform } from '../types';
import { textTransform } from './common';

const ORDINALS = ['一', '二', '三', '四', '五', '六'];

const count = (text: string, s: string): number => text.split(s).length - 1;

function renumber(id: string, label: string, make: (no: number, words: string) => string): Transform {
  return textTransform({
    id,
    description: `text: section headings numbered like “${label}”`,
    styles: ['seed-text', 'crawltext'],
    edit(text, truth) {
      let out = text;
      let changed = 0;
      for (const s of truth.truth.sections) {
        const m = s.title ? /^([一二三四五六])、(.+)$/.exec(s.title) : null;
        if (!m || ORDINALS.indexOf(m[1]!) !== s.no - 1 || count(out, s.title!) !== 1) continue;
        const title = make(s.no, m[2]!);
        out = out.replace(s.title!, title);
        truth.sectionTitle(s.no, title).find({
          rule: 'label-mismatch',
          optional: true,
          message: `第${m[1]}部分标题编号写作“${title}”（编号变体）。`,
          cells: [],
        });
        changed++;
      }
      return changed ? out : null;
    },
  });
}

export const textHeadingPart = renumber('text-heading-num-part', '第一部分 总体情况', (no, w) => `第${ORDINALS[no - 1]}部分 ${w}`);
export const textHeadingNone = renumber('text-heading-num-none', '总体情况 (no ordinal)', (_no, w) => w);

/** Zero cells printed "〇" in the seed texts' tables: tab fields, Markdown cells, "cell |" lines. */
export const textZeroLing = textTransform({
  id: 'text-zero-as-ling',
  description: 'text: every zero cell of the tables printed as “〇”',
  styles: ['seed-text'],
  edit(text, truth) {
    let n = 0;
    const lines = text.split('\n').map((line) => {
      if (line.includes('\t')) {
        return line
          .split('\t')
          .map((f) => (f.trim() === '0' ? (n++, f.replace('0', '〇')) : f))
          .join('\t');
      }
      if (line.trim().startsWith('|')) return line.replace(/\|(\s*)0(\s*)(?=\|)/g, (_m, a: string, b: string) => (n++, `|${a}〇${b}`));
      if (/^0 \|$/.test(line.trim())) return (n++, line.replace('0', '〇'));
      return line;
    });
    if (!n) return null;
    truth.note(`${n} zero cells printed as 〇`);
    return lines.join('\n');
  },
});
