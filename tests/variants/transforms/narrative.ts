// Narrative numbers of another scope: a sentence at the end of section 一 giving the number of
// applications received by every organ of the area, which is not this table's 本年新收. A tool
// may ask about it (text-table-mismatch is a warning at most, better info): an optional finding
// on the cell such figures are compared with (applications:new.total, corpus convention).

import { findHeadings } from '../dom';
import { cellOf } from '../truth';
import { htmlTransform } from './common';

export const narrativeOtherScope = htmlTransform({
  id: 'narrative-other-scope',
  description: 'section 一 adds the number of applications of all organs of the area (another scope)',
  edit(doc, truth) {
    const headings = findHeadings(doc, truth.truth);
    const year = truth.truth.report?.year;
    const received = cellOf(truth.truth, 'applications:new.total');
    if (!headings || !year || received === null) return false;
    const wide = received * 12 + 356;
    const p = doc.createElement('p');
    p.textContent = `据统计，${year}年本地区各级行政机关共收到政府信息公开申请${wide}件，均已按期答复。`;
    headings.find((h) => h.no === 2)!.el.before(p);
    truth.find({
      rule: 'text-table-mismatch',
      optional: true,
      message: `正文“本地区各级行政机关共收到政府信息公开申请${wide}件”是全地区的口径，与本机关表三“本年新收”${received}不是同一范围（可作提示，不是错误）。`,
      cells: ['applications:new.total'],
      expected: received,
      actual: wide,
    });
    return true;
  },
});

/** A paragraph at the end of section 一 (before the heading of 二). */
function addToOverview(doc: Document, headings: { no: number; el: Element }[], text: string): void {
  const p = doc.createElement('p');
  p.textContent = text;
  headings.find((h) => h.no === 2)!.el.before(p);
}

/**
 * Last year's figures, with the year named: "2022年，本机关共收到政府信息公开申请N件，办结N件。"
 * N differs from every reading of this year's table (new, new + carried in, results, results −
 * carried in, new − carried out). Comparing with last year contradicts nothing: truth unchanged.
 */
export const narrativeLastYear = htmlTransform({
  id: 'narrative-last-year',
  description: "section 一 gives last year's application figures with the year named (“2022年，……收到政府信息公开申请N件，办结N件”)",
  edit(doc, truth) {
    const headings = findHeadings(doc, truth.truth);
    const year = truth.truth.report?.year;
    const c = (k: string) => cellOf(truth.truth, `applications:${k}.total`);
    const received = c('new');
    if (!headings || !year || received === null) return false;
    const [ci, rt, co] = [c('carried_in') ?? 0, c('results.total') ?? 0, c('carried_out') ?? 0];
    const readings = new Set([received, received + ci, rt, rt - ci, received - co]);
    let n = received + 7;
    while (readings.has(n)) n++;
    addToOverview(doc, headings, `${year - 1}年，本机关共收到政府信息公开申请${n}件，办结${n}件。`);
    truth.note(`“${year - 1}年，……收到……申请${n}件，办结${n}件” added to section 一 (this year: ${received})`);
    return true;
  },
});

/** A year-on-year comparison: "……共收到政府信息公开申请N件，较上年增加5件。" (N this year's). */
export const narrativeYoy = htmlTransform({
  id: 'narrative-yoy',
  description: 'section 一 compares with last year: “共收到政府信息公开申请N件，较上年增加5件”',
  edit(doc, truth) {
    const headings = findHeadings(doc, truth.truth);
    const year = truth.truth.report?.year;
    const received = cellOf(truth.truth, 'applications:new.total');
    if (!headings || !year || received === null) return false;
    const change = received >= 5 ? '增加5件' : '减少5件';
    addToOverview(doc, headings, `${year}年，本机关共收到政府信息公开申请${received}件，较上年${change}，同比${received >= 5 ? '上升' : '下降'}。`);
    truth.note(`“……收到……申请${received}件，较上年${change}” added to section 一`);
    return true;
  },
});
