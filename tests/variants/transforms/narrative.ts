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
