// Numbers printed the way some publishers print them: zero as "0.00", "〇", full-width "０" or
// "0件"; big numbers with thousands separators ("101,458"). The values do not change.

import { buildGrid, findTable, setCellText } from '../dom';
import type { TableKey } from '../types';
import { htmlTransform, type HtmlTransform } from './common';

const TABLES: TableKey[] = ['active', 'applications', 'reviews'];

/** Rewrite every value cell whose text passes `test`; the fee row can be left out. */
function rewriteCells(doc: Document, test: (t: string) => boolean, to: (t: string) => string, skipFee: boolean): number {
  let n = 0;
  for (const key of TABLES) {
    const table = findTable(doc, key);
    if (!table) continue;
    const grid = buildGrid(table);
    for (const g of grid.cells) {
      if (!test(g.text)) continue;
      if (skipFee && grid.starting(g.row).some((x) => x.text.includes('行政事业性收费'))) continue;
      setCellText(g.el, to(g.text));
      n++;
    }
  }
  return n;
}

function zeros(id: string, as: string, skipFee = false): HtmlTransform {
  return htmlTransform({
    id,
    description: `every zero in the three tables printed as “${as}”`,
    edit(doc, truth) {
      const n = rewriteCells(doc, (t) => t === '0', () => as, skipFee);
      if (n) truth.note(`${n} zero cells printed as ${as}`);
      return n > 0;
    },
  });
}

export const zeroDecimal = zeros('zero-as-0.00', '0.00');
export const zeroLing = zeros('zero-as-ling', '〇');
export const zeroFullwidth = zeros('zero-as-fullwidth', '０');
export const zeroUnit = zeros('zero-with-unit', '0件', true);

const group3 = (t: string): string => {
  const [int, frac] = t.split('.');
  return int!.replace(/\B(?=(\d{3})+$)/g, ',') + (frac !== undefined ? `.${frac}` : '');
};

export const thousands = htmlTransform({
  id: 'thousands-separator',
  description: 'numbers of 1000 and more printed with thousands separators (101,458)',
  edit(doc, truth) {
    const n = rewriteCells(doc, (t) => /^\d{4,}(?:\.\d+)?$/.test(t), group3, false);
    if (n) truth.note(`${n} cells printed with thousands separators`);
    return n > 0;
  },
});
