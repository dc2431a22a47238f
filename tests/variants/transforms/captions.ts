// Table captions the publisher prints before each standard table: "表1 主动公开政府信息情况" or
// "附表2：收到和处理政府信息公开申请情况", either as a paragraph just before the table or as a
// first row inside it (one cell across the whole width). Nothing is read differently.

import { buildGrid, findTable } from '../dom';
import type { TableKey } from '../types';
import { htmlTransform, type HtmlTransform } from './common';

const CAPTIONS: [TableKey, string][] = [
  ['active', '主动公开政府信息情况'],
  ['applications', '收到和处理政府信息公开申请情况'],
  ['reviews', '政府信息公开行政复议、行政诉讼情况'],
];

type Style = (n: number, name: string) => string;
const STYLES: Record<string, { label: string; make: Style }> = {
  biao: { label: '表1 主动公开政府信息情况', make: (n, name) => `表${n} ${name}` },
  fubiao: { label: '附表2：收到和处理政府信息公开申请情况', make: (n, name) => `附表${n}：${name}` },
};

function captions(id: string, style: keyof typeof STYLES, place: 'paragraph' | 'row'): HtmlTransform {
  const { label, make } = STYLES[style]!;
  return htmlTransform({
    id,
    description: `a caption like “${label}” ${place === 'paragraph' ? 'in a paragraph before' : 'as the first row (full width) of'} each table`,
    edit(doc, truth) {
      const tables = CAPTIONS.map(([key]) => findTable(doc, key));
      if (tables.some((t) => !t)) return false;
      tables.forEach((table, i) => {
        const text = make(i + 1, CAPTIONS[i]![1]);
        if (place === 'paragraph') {
          const p = doc.createElement('p');
          p.setAttribute('style', 'text-align:center');
          p.textContent = text;
          // Before the table's own wrapper (a div holding only the table), as a block of the article.
          let block: Element = table!;
          while (block.parentElement && block.parentElement !== doc.body && block.parentElement.children.length === 1) block = block.parentElement;
          block.before(p);
          return;
        }
        const grid = buildGrid(table!);
        const first = grid.rows[0]!;
        const like = first.querySelector('td,th');
        const tr = doc.createElement('tr');
        const cell = doc.createElement(like?.tagName === 'TH' ? 'th' : 'td');
        cell.setAttribute('colspan', String(grid.width));
        const style = like?.getAttribute('style');
        if (style) cell.setAttribute('style', style);
        cell.textContent = text;
        tr.append(cell);
        first.before(tr);
      });
      truth.note(`captions ${place === 'paragraph' ? 'before' : 'as first rows of'} the three tables: ${CAPTIONS.map(([, n], i) => make(i + 1, n)).join(' / ')}`);
      return true;
    },
  });
}

export const captionParagraph = captions('caption-paragraph', 'biao', 'paragraph');
export const captionParagraphAppendix = captions('caption-paragraph-appendix', 'fubiao', 'paragraph');
export const captionRow = captions('caption-row', 'biao', 'row');
export const captionRowAppendix = captions('caption-row-appendix', 'fubiao', 'row');
