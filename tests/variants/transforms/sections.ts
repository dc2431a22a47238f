// Sections moved by the publisher: 五 and 六 in swapped order; the three tables gathered at the
// end as 附表1–3 after section 六, each section keeping its text with "详见附表N" where the
// table was. Nothing is read differently: the truth stays as it is.

import { findHeadings, findTable, sectionRun } from '../dom';
import type { TableKey } from '../types';
import { htmlTransform } from './common';

export const swapFiveSix = htmlTransform({
  id: 'sections-swap-5-6',
  description: 'section 六 printed before section 五',
  edit(doc, truth) {
    const headings = findHeadings(doc, truth.truth);
    if (!headings) return false;
    const five = headings.find((h) => h.no === 5)!.el;
    const six = sectionRun(headings, 6);
    for (const e of six) five.before(e);
    truth.note('section 六 (heading and text) moved before section 五');
    return true;
  },
});

const APPENDIX: [TableKey, number, string][] = [
  ['active', 2, '主动公开政府信息情况'],
  ['applications', 3, '收到和处理政府信息公开申请情况'],
  ['reviews', 4, '政府信息公开行政复议、行政诉讼情况'],
];

export const tablesInAppendix = htmlTransform({
  id: 'tables-in-appendix',
  description: 'the three tables moved after section 六 as 附表1–3, "详见附表N" in their sections',
  edit(doc, truth) {
    const headings = findHeadings(doc, truth.truth);
    if (!headings) return false;
    const parent = headings[0]!.el.parentElement!;
    const moves: { block: Element; n: number; caption: string }[] = [];
    for (const [key, no, caption] of APPENDIX) {
      const table = findTable(doc, key);
      if (!table) return false;
      let block: Element = table;
      while (block.parentElement && block.parentElement !== parent) block = block.parentElement;
      if (block.parentElement !== parent || !sectionRun(headings, no).includes(block)) return false;
      moves.push({ block, n: moves.length + 1, caption });
    }
    const six = sectionRun(headings, 6);
    let at = six[six.length - 1]!;
    for (const { block, n, caption } of moves) {
      const ref = doc.createElement('p');
      ref.textContent = `详见附表${n}。`;
      block.replaceWith(ref);
      const title = doc.createElement('p');
      title.textContent = `附表${n}：${caption}`;
      at.after(title);
      title.after(block);
      at = block;
    }
    truth.note('tables 二, 三, 四 moved to the end as 附表1–3');
    return true;
  },
});
