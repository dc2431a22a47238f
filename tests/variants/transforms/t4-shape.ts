// Table 四 in other shapes: transposed (three rows 行政复议 / 行政诉讼·未经复议直接起诉 /
// 行政诉讼·复议后起诉, five columns 结果维持 … 总计), or without its top header row
// (行政复议 | 行政诉讼), the first five columns then labelled only by their result headers. Every
// value is printed once, under labels that still name it: the readings do not change.

import { T4_COLUMNS, T4_GROUPS } from '../keys';
import { buildGrid, findTable, printed, tableRows, type Grid } from '../dom';
import { cellOf } from '../truth';
import { htmlTransform } from './common';

const RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/** The one row holding the 15 values, each in its own cell, printed as the truth reads them. */
function valueRow(grid: Grid, truthCell: (ref: string) => number | null): string[] | null {
  const last = grid.rows.length - 1;
  const own = grid.starting(last);
  if (own.length !== 15 || own.some((g) => g.colSpan !== 1 || g.rowSpan !== 1)) return null;
  const texts = own.map((g) => (g.el.textContent ?? '').replace(/[\s\u00a0\u3000]+/g, ''));
  const refs = T4_GROUPS.flatMap((g) => T4_COLUMNS.map((c) => `reviews:${g}.${c}`));
  // Right positions: what is printed is what the truth reads (blank for null).
  if (refs.some((r, i) => grid.starting(last)[i]!.text !== printed(truthCell(r)))) return null;
  return texts;
}

function cell(doc: Document, tag: string, text: string, like: Element | null, span: { col?: number; row?: number } = {}): Element {
  const el = doc.createElement(tag);
  const style = like?.getAttribute('style');
  if (style) el.setAttribute('style', style);
  if (span.col) el.setAttribute('colspan', String(span.col));
  if (span.row) el.setAttribute('rowspan', String(span.row));
  el.textContent = text;
  return el;
}

export const t4Transposed = htmlTransform({
  id: 't4-transposed',
  description: 'table 四 transposed: rows 行政复议 / 行政诉讼·未经复议直接起诉 / 行政诉讼·复议后起诉 × columns 结果维持 … 总计',
  edit(doc, truth) {
    const table = findTable(doc, 'reviews');
    if (!table) return false;
    const grid = buildGrid(table);
    const values = valueRow(grid, (r) => cellOf(truth.truth, r));
    if (!values) return false;
    const headLike = grid.at(0, 0)?.el ?? null;
    const valueLike = grid.starting(grid.rows.length - 1)[0]!.el;
    const headTag = headLike?.tagName === 'TH' ? 'th' : 'td';
    for (const section of [...table.querySelectorAll('thead,tbody,tfoot')].filter((s) => s.closest('table') === table)) section.remove();
    for (const tr of tableRows(table)) tr.remove();
    const tbody = doc.createElement('tbody');
    const row = (...cells: Element[]) => {
      const tr = doc.createElement('tr');
      tr.append(...cells);
      tbody.append(tr);
    };
    const vals = (g: number) => values.slice(g * 5, g * 5 + 5).map((v) => cell(doc, 'td', v, valueLike));
    row(cell(doc, headTag, '', headLike, { col: 2 }), ...RESULTS.map((r) => cell(doc, headTag, r, headLike)));
    row(cell(doc, headTag, '行政复议', headLike, { col: 2 }), ...vals(0));
    row(cell(doc, headTag, '行政诉讼', headLike, { row: 2 }), cell(doc, headTag, '未经复议直接起诉', headLike), ...vals(1));
    row(cell(doc, headTag, '复议后起诉', headLike), ...vals(2));
    table.append(tbody);
    truth.note('table 四 rewritten transposed (3 rows × 5 columns)');
    truth.find({ rule: 'structure-variant', optional: true, cells: [], message: '表四行列转置（三行五列），不影响读数。' });
    return true;
  },
});

export const t4NoGroupHeader = htmlTransform({
  id: 't4-no-group-header',
  description: 'table 四 without its top header row (行政复议 | 行政诉讼)',
  edit(doc, truth) {
    const table = findTable(doc, 'reviews');
    if (!table) return false;
    const grid = buildGrid(table);
    const top = grid.starting(0).map((g) => g.text);
    if (top.join('|') !== '行政复议|行政诉讼' || grid.cells.some((g) => g.row === 0 && g.rowSpan > 1)) return false;
    grid.rows[0]!.remove();
    truth.note('the 行政复议 | 行政诉讼 header row removed: the first five columns carry only their result headers');
    truth.find({ rule: 'structure-variant', optional: true, cells: [], message: '表四没有“行政复议 | 行政诉讼”表头行（不影响读数）。' });
    return true;
  },
});
