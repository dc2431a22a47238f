// Section headings in the publisher's own numbering, wording and markup. Sections stay found;
// the heading's new text is recorded as the section title. A heading worded or numbered other
// than the standard may deserve a label-mismatch warning: a judgement call, so optional.

import { findHeadings, norm, setHeadingText } from '../dom';
import { htmlTransform, type HtmlTransform } from './common';

const ORDINALS = ['一', '二', '三', '四', '五', '六'];

type Numbering = (no: number, words: string) => string;

const NUMBERINGS: Record<string, { label: string; make: Numbering }> = {
  part: { label: '第一部分 总体情况', make: (no, w) => `第${ORDINALS[no - 1]}部分 ${w}` },
  arabic: { label: '1. 总体情况', make: (no, w) => `${no}. ${w}` },
  paren: { label: '（一）总体情况', make: (no, w) => `（${ORDINALS[no - 1]}）${w}` },
  none: { label: '总体情况 (no ordinal)', make: (_no, w) => w },
};

function renumber(id: string, style: keyof typeof NUMBERINGS): HtmlTransform {
  const { label, make } = NUMBERINGS[style]!;
  return htmlTransform({
    id,
    description: `section headings numbered like “${label}”`,
    edit(doc, truth) {
      const headings = findHeadings(doc, truth.truth);
      if (!headings) return false;
      let changed = 0;
      for (const h of headings) {
        const m = /^\s*([一二三四五六])\s*[、.．]\s*(.+?)\s*$/.exec(h.title);
        if (!m || ORDINALS.indexOf(m[1]!) !== h.no - 1) continue;
        const title = make(h.no, m[2]!);
        setHeadingText(h.el, title);
        truth.sectionTitle(h.no, title).find({
          rule: 'label-mismatch',
          optional: true,
          message: `第${ORDINALS[h.no - 1]}部分标题编号写作“${title}”（编号变体）。`,
          cells: [],
        });
        changed++;
      }
      return changed > 0;
    },
  });
}

export const headingPart = renumber('heading-num-part', 'part');
export const headingArabic = renumber('heading-num-arabic', 'arabic');
export const headingParen = renumber('heading-num-paren', 'paren');
export const headingNone = renumber('heading-num-none', 'none');

export const headingBoldP = htmlTransform({
  id: 'heading-bold-p',
  description: 'section headings as bold paragraphs <p><strong> instead of <h1>–<h6>',
  edit(doc, truth) {
    const headings = findHeadings(doc, truth.truth);
    if (!headings) return false;
    let changed = 0;
    for (const h of headings) {
      if (!/^H[1-6]$/.test(h.el.tagName)) continue;
      const p = doc.createElement('p');
      const strong = doc.createElement('strong');
      strong.textContent = h.el.textContent ?? '';
      p.append(strong);
      h.el.replaceWith(p);
      changed++;
    }
    if (changed) truth.note(`${changed} headings rendered as <p><strong>`);
    return changed > 0;
  },
});

/** The numbering in front of a heading's words, as printed (一、 / 第一部分 / 1. / （一） / none). */
const PREFIX = /^(?:第[一二三四五六]部分\s*|[一二三四五六]\s*[、.．]\s*|\d+\s*[.、．]\s*|[（(][一二三四五六][）)]\s*)?/;

/** New words for a section heading, after whatever numbering the heading already has. */
function reword(no: number, words: string): HtmlTransform {
  return htmlTransform({
    id: `heading-reword-${no}`,
    description: `section ${ORDINALS[no - 1]} titled “${ORDINALS[no - 1]}、${words}”`,
    edit(doc, truth) {
      const headings = findHeadings(doc, truth.truth);
      const h = headings?.find((x) => x.no === no);
      if (!h) return false;
      const title = (PREFIX.exec(h.title)?.[0] ?? '') + words;
      if (norm(h.title) === norm(title)) return false;
      setHeadingText(h.el, title);
      truth.sectionTitle(no, title).find({
        rule: 'label-mismatch',
        optional: true,
        message: `第${ORDINALS[no - 1]}部分标题为“${title}”（措辞变体）。`,
        cells: [],
      });
      return true;
    },
  });
}

export const reword1 = reword(1, '政府信息公开总体情况');
export const reword4 = reword(4, '政府信息公开行政复议与行政诉讼情况');
export const reword5 = reword(5, '存在的主要问题及整改措施');
export const reword6 = reword(6, '其他需要说明的事项');
