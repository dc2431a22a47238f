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
  fullDot: { label: '一．总体情况 (full-width dot)', make: (no, w) => `${ORDINALS[no - 1]}．${w}` },
  space: { label: '一 总体情况 (a space only)', make: (no, w) => `${ORDINALS[no - 1]} ${w}` },
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
export const headingFullDot = renumber('heading-num-fullwidth-dot', 'fullDot');
export const headingSpace = renumber('heading-num-space', 'space');

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
function reword(no: number, words: string, variant = ''): HtmlTransform {
  return htmlTransform({
    id: `heading-reword-${no}${variant ? `-${variant}` : ''}`,
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
// Wordings of real reports (spec §3.1 lists some; the others are common CMS templates).
export const reword1Gaishu = reword(1, '概述', 'gaishu');
export const reword2De = reword(2, '主动公开政府信息的情况', 'de');
export const reword3Yishenqing = reword(3, '依申请公开政府信息情况', 'yishenqing');
export const reword4Yin = reword(4, '因政府信息公开工作被申请行政复议和提起行政诉讼情况', 'yin');
export const reword5Plan = reword(5, '存在的主要问题和下一步工作打算', 'plan');
export const reword5Shortfall = reword(5, '工作中存在的不足及改进方向', 'shortfall');
export const reword6Qita = reword(6, '其它需要报告的事项', 'qita');
export const reword6Short = reword(6, '其他事项', 'short');

/** A body paragraph a heading can run into: a sentence, not a sub-heading or an empty line. */
const isBodyParagraph = (el: Element | null): el is Element =>
  !!el && el.tagName === 'P' && !el.querySelector('table,img') && /。/.test(norm(el.textContent)) && norm(el.textContent).length > 30;

export const headingRunIn = htmlTransform({
  id: 'heading-run-in',
  description: 'a heading run into its first sentence: <p><strong>一、总体情况。</strong>2023年，……</p>',
  edit(doc, truth) {
    const headings = findHeadings(doc, truth.truth);
    if (!headings) return false;
    let changed = 0;
    for (const h of headings) {
      const body = h.el.nextElementSibling;
      if (!isBodyParagraph(body)) continue;
      const strong = doc.createElement('strong');
      strong.textContent = `${(h.el.textContent ?? '').trim()}。`;
      body.insertBefore(strong, body.firstChild);
      h.el.remove();
      changed++;
    }
    if (changed) truth.note(`${changed} headings run into the paragraph after them, “。” after the heading`);
    return changed > 0;
  },
});
