// The rich clipboard of a table: an HTML table in the official layout whose merged header cells
// survive a paste into Excel, WPS or Word, and whose text never becomes markup.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { toHtmlTable } from '../../lib/export/html';
import { tableLayout, tableMatrix, type TableLayout } from '../../lib/export/layout';
import { grid } from '../helpers/html-grid';
import { audit } from './audit';

const parse = (html: string) => new JSDOM(html).window.document.querySelector('table')!;

describe('the rich clipboard of a table', () => {
  const result = audit({ applications: { 'new.natural': 101, 'new.other': 2, 'new.total': 103, 'carried_out.total': 0 } });

  it('has table 三 with 7 applicant columns under merged header cells', () => {
    const table = parse(toHtmlTable(tableLayout(result, 'applications')));
    const spans = [...table.querySelectorAll('th')].filter((th) => th.rowSpan > 1 || th.colSpan > 1).map((th) => [th.textContent, th.rowSpan, th.colSpan]);
    expect(spans).toEqual(
      expect.arrayContaining([
        ['申请人情况', 1, 7],
        ['自然人', 2, 1],
        ['法人或其他组织', 1, 5],
        ['总计', 2, 1],
        ['三、本年度办理结果', 22, 1],
        ['（三）不予公开', 8, 1],
      ]),
    );
    const g = grid(table);
    expect(g).toHaveLength(3 + 25);
    expect(g.every((row) => row.length === 10)).toBe(true);
    expect(g[2]!.slice(3)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(g[3]).toEqual(['一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', '101', '', '', '', '', '2', '103']);
    // Where no cell is merged, the grid and the plain-text copy agree value for value.
    const plain = tableMatrix(result, 'applications');
    expect(g.slice(3).map((row) => row.slice(3))).toEqual(plain.slice(3).map((row) => row.slice(3)));
  });

  it('has tables 二 and 四 as rectangles of their official width', () => {
    for (const [id, width] of [['active', 4], ['reviews', 15]] as const) {
      const g = grid(parse(toHtmlTable(tableLayout(result, id))));
      expect(g.every((row) => row.length === width)).toBe(true);
    }
  });

  it('escapes every text', () => {
    const layout: TableLayout = { id: 'active', caption: '<b>x</b>', width: 1, rows: [[{ text: '<img src=x onerror=alert(1)>', label: true }]] };
    const table = parse(toHtmlTable(layout));
    expect(table.querySelector('img, b')).toBeNull();
    expect(table.querySelector('th')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(table.caption!.textContent).toBe('<b>x</b>');
  });
});
