// Tables cut by a page break, on synthetic pieces: a merged label cut inside a row, a header row
// cut in two, a table's lone first row at the bottom of a page, and text overflowing its cell
// across a row line (as LibreOffice prints a merged cell cut by a break).

import { describe, expect, it } from 'vitest';
import { denseRows, type GridCell, type TableBlock } from '../../lib/model/document';
import { fillGrid } from '../../lib/extract/pdf/cells';
import { findGrids } from '../../lib/extract/pdf/grid';
import { boxAround } from '../../lib/extract/pdf/lone-box';
import { joinPages } from '../../lib/extract/pdf/merge';
import type { Placed } from '../../lib/extract/pdf/page';
import type { Segment } from '../../lib/extract/pdf/segments';
import type { Run } from '../../lib/extract/pdf/types';

/** A table from rows of [text, colSpan?, rowSpan?] with cells placed left to right. */
function table(rows: [string, number?, number?][][], cols: number): TableBlock {
  const cells: GridCell[] = [];
  const taken = new Set<string>();
  rows.forEach((row, r) => {
    let c = 0;
    for (const [text, colSpan = 1, rowSpan = 1] of row) {
      while (taken.has(`${r},${c}`)) c++;
      cells.push({ text, row: r, col: c, rowSpan, colSpan });
      for (let i = r; i < r + rowSpan; i++) for (let j = c; j < c + colSpan; j++) taken.add(`${i},${j}`);
      c += colSpan;
    }
  });
  return { kind: 'table', cells, rowCount: rows.length, colCount: cols, exact: true };
}

const placed = (t: TableBlock, xs: number[], lone = false): Placed => ({ top: 0, block: t, xs, ...(lone ? { lone } : {}) });
const texts = (t: TableBlock) => denseRows(t).map((row) => row.map((c) => c?.text ?? '·').join('|'));

describe('joining a table over a page break', () => {
  const xs = [0, 50, 100, 150, 200];

  it('finishes a row cut inside a merged label, the label cell going on down the new page', () => {
    const before = table([
      [['三、结果', 1, 2], ['（五）不予处理'], ['5.要求确认'], ['0']],
      [['（六）其'], ['1.申请人无正当理由逾'], ['0']],
    ], 4);
    const after = table([
      [['', 1, 3], ['他处理', 1, 3], ['期不补正'], ['']],
      [['2.逾期未缴费'], ['0']],
      [['3.其他'], ['1']],
    ], 4);
    const [out] = joinPages([[placed(before, xs)], [placed(after, xs)]]);
    const t = out!.block as TableBlock;
    expect(t.rowCount).toBe(4);
    expect(texts(t)).toEqual([
      '三、结果|（五）不予处理|5.要求确认|0',
      '三、结果|（六）其他处理|1.申请人无正当理由逾期不补正|0',
      '三、结果|（六）其他处理|2.逾期未缴费|0',
      '三、结果|（六）其他处理|3.其他|1',
    ]);
  });

  it('never joins a first row that starts a new item, even without figures', () => {
    const before = table([[['（五）不予处理'], ['5.要求确认'], ['0'], ['0']]], 4);
    const after = table([[['（六）其他处理', 1, 2], ['1.申请人'], [''], ['']], [['2.其他'], ['0'], ['0']]], 4);
    const t = joinPages([[placed(before, xs)], [placed(after, xs)]])[0]!.block as TableBlock;
    expect(t.rowCount).toBe(3);
    expect(texts(t)[1]).toBe('（六）其他处理|1.申请人||');
  });

  it('joins a header row cut in two only when both halves have the same cells', () => {
    const head = () => table([[['行政复议', 2], ['行政诉讼', 2]], [['结果'], ['结果'], ['结果'], ['结果']]], 4);
    const rest = table([[['维持'], ['纠正'], ['维持'], ['纠正']], [['1'], ['0'], ['0'], ['0']]], 4);
    const t = joinPages([[placed(head(), xs)], [placed(rest, xs)]])[0]!.block as TableBlock;
    expect(texts(t)).toEqual(['行政复议|行政复议|行政诉讼|行政诉讼', '结果维持|结果纠正|结果维持|结果纠正', '1|0|0|0']);

    const other = table([[['甲', 2], ['乙', 2]], [['1'], ['0'], ['0'], ['0']]], 4);
    expect(texts(joinPages([[placed(head(), xs)], [placed(other, xs)]])[0]!.block as TableBlock)).toHaveLength(4);
  });

  it('joins parts whose columns differ only by lines one part never needed, on the finer columns', () => {
    // Page 1's rows all span the two label columns; page 2's rows split them.
    const before = table([[['三、结果', 1, 2], ['（一）予以公开'], ['5']], [['（二）部分公开'], ['1']]], 3);
    const after = table([[['', 1, 2], ['（三）不予公开', 1, 2], ['1.秘密'], ['0']], [['2.法规'], ['2']]], 4);
    const t = joinPages([[placed(before, [0, 50, 150, 200])], [placed(after, xs)]])[0]!.block as TableBlock;
    expect(t.colCount).toBe(4);
    expect(texts(t)).toEqual([
      '三、结果|（一）予以公开|（一）予以公开|5',
      '三、结果|（二）部分公开|（二）部分公开|1',
      '|（三）不予公开|1.秘密|0',
      '|（三）不予公开|2.法规|2',
    ]);
    // Different outer edges: two tables.
    expect(joinPages([[placed(table([[['甲'], ['1']]], 2), [0, 50, 210])], [placed(table([[['乙'], ['2']]], 2), [0, 50, 200])]])).toHaveLength(2);
  });

  it('puts a lone first row back on top of its table, and leaves it text when nothing follows', () => {
    const lone = table([[['第二十条第（一）项']]], 1);
    const rest = table([[['信息内容'], ['制发'], ['废止'], ['有效']], [['规章'], ['0'], ['1'], ['3']]], 4);
    const joined = joinPages([[placed(lone, [0, 200], true)], [placed(rest, xs)]]);
    expect(joined).toHaveLength(1);
    const t = joined[0]!.block as TableBlock;
    expect(t.colCount).toBe(4);
    expect(texts(t)[0]).toBe('第二十条第（一）项|第二十条第（一）项|第二十条第（一）项|第二十条第（一）项');

    const narrower = table([[['信息内容'], ['制发']], [['规章'], ['0']]], 2);
    const alone = joinPages([[placed(table([[['第二十条第（一）项']]], 1), [0, 200], true)], [placed(narrower, [0, 60, 180])]]);
    expect(alone[0]!.block).toMatchObject({ kind: 'text', text: '第二十条第（一）项' });
  });
});

const h = (at: number, from: number, to: number): Segment => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): Segment => ({ horizontal: false, at, from, to });
const glyph = (text: string, x0: number, y0: number, size = 10): Run => ({ text, x0, x1: x0 + size, y0, y1: y0 + size, size });

describe('cells', () => {
  it('gives text overflowing across a row line to the cell whose text it continues', () => {
    // Two columns, two rows; the left column's label "维/持" overflows into the row of figures.
    const grid = findGrids([h(0, 0, 100), h(25, 0, 100), h(40, 0, 100), v(0, 0, 40), v(50, 0, 40), v(100, 0, 40)])[0]!;
    const t = fillGrid(grid, [glyph('维', 5, 8), glyph('持', 5, 20), glyph('1', 8, 27), glyph('甲', 55, 8), glyph('0', 58, 27)], 1)!;
    expect(texts(t)).toEqual(['维持|甲', '1|0']);
  });

  it('keeps the outer border of a column a page break cut above and below', () => {
    // Column 0 is one merged cell running off both ends of the page: no line of its own crosses
    // its left border; the rows' lines start at x = 50.
    const segs = [v(0, 0, 60), v(50, 0, 60), v(100, 0, 60), v(150, 0, 60), h(0, 50, 150), h(30, 50, 150), h(60, 50, 150)];
    const grid = findGrids(segs)[0]!;
    expect(grid.xs).toEqual([0, 50, 100, 150]);
    expect(grid.cells[0]).toMatchObject({ row: 0, col: 0, rowSpan: 2, colSpan: 1 });
    // A line beside the table that does not run its full height is not part of it.
    expect(findGrids([v(0, 10, 60), ...segs.slice(1)])[0]!.xs).toEqual([50, 100, 150]);
  });

  it('finds the ruled box around a line, and none where a side is missing', () => {
    const line = { x0: 20, y0: 705, x1: 120, y1: 717 };
    const sides = [h(700, 10, 300), h(722, 10, 300), v(10, 700, 722), v(300, 700, 722)];
    expect(boxAround(sides, line)).toEqual({ x0: 10, y0: 700, x1: 300, y1: 722 });
    expect(boxAround(sides.slice(0, 3), line)).toBeNull();
  });
});
