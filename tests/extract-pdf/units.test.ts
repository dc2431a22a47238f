// Small pieces on synthetic input: text cleanup, line joining, furniture, grids from segments,
// the operator-list reader.

import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { findGrids } from '../../lib/extract/pdf/grid';
import { inBand, isPageNumber, isPrintHeaderOrFooter, repeatedMarginLines } from '../../lib/extract/pdf/furniture';
import { groupLines, joinRuns, makeLine } from '../../lib/extract/pdf/lines';
import { readOperators } from '../../lib/extract/pdf/operators';
import type { Segment } from '../../lib/extract/pdf/segments';
import { cleanText, isValueToken, joinLines } from '../../lib/extract/pdf/text';
import type { Run } from '../../lib/extract/pdf/types';

const run = (text: string, x0: number, y0: number, w = 10 * [...text].length, size = 10): Run => ({
  text,
  x0,
  x1: x0 + w,
  y0,
  y1: y0 + size,
  size,
});

describe('text', () => {
  it('maps Kangxi and supplement radicals, vertical forms, and drops spaces between CJK', () => {
    expect(cleanText('⼈⺠政府首⻚')).toBe('人民政府首页');
    expect(cleanText('三︑本年度')).toBe('三、本年度');
    expect(cleanText('只计这一情 形，不')).toBe('只计这一情形，不');
    expect(cleanText('落实 “三审三校”')).toBe('落实“三审三校”');
    expect(cleanText('IPV6 支持 100%')).toBe('IPV6 支持 100%');
  });

  it('joins wrapped lines without inventing spaces, except between Latin words', () => {
    expect(joinLines(['三', '、', '本', '年度'])).toBe('三、本年度');
    expect(joinLines(['（二）部分公开（区分处理的，只计这一情形，不', '计其他情形）'])).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(joinLines(['Page', 'two'])).toBe('Page two');
  });

  it('knows values and placeholders', () => {
    for (const v of ['0', '3119', '3135.6', '1,024', '—', '/', '无', '-']) expect(isValueToken(v)).toBe(true);
    for (const v of ['规章', '1.属于国家秘密', '2023年']) expect(isValueToken(v)).toBe(false);
  });
});

describe('lines', () => {
  it('joins per-glyph CJK items without spaces and separates numbers set apart', () => {
    const glyphs = [...'政府信息'].map((ch, i) => run(ch, 100 + i * 10, 50));
    expect(makeLine(glyphs).text).toBe('政府信息');
    expect(joinRuns([run('95', 100, 50, 12), run('0', 130, 50, 6)])).toBe('95 0');
    expect(joinRuns([run('2023', 100, 50, 24), run('年', 124.5, 50)])).toBe('2023年');
  });

  it('groups runs of different sizes on one baseline band into one line', () => {
    const lines = groupLines([run('行政处罚', 80, 100, 40, 9), run('2776', 360, 98, 24, 14), run('下一行', 80, 130)]);
    expect(lines.map((l) => l.text)).toEqual(['行政处罚 2776', '下一行']);
  });
});

describe('furniture', () => {
  it('recognises page numbers and print headers', () => {
    for (const t of ['-3-', '- 3 -', '— 3 —', '第 3 页', '第3页 共5页', '3/5']) expect(isPageNumber(t, false)).toBe(true);
    expect(isPageNumber('3', false)).toBe(false);
    expect(isPageNumber('3', true)).toBe(true);
    expect(isPageNumber('2023年', true)).toBe(false);
    expect(isPrintHeaderOrFooter('2024/3/29 10:15 渠县2023年政府信息公开工作年度报告')).toBe(true);
    expect(isPrintHeaderOrFooter('https://www.example.gov.cn/a/b.html 1/5')).toBe(true);
    expect(isPrintHeaderOrFooter('一、总体情况')).toBe(false);
  });

  it('finds running headers in the margins, never rows of digits', () => {
    const line = (text: string) => makeLine([run(text, 100, 20)]);
    const pages = [1, 2, 3, 4].map((n) => [line(`XX市人民政府公报 第${n}期`), line('0 0 0 1')]);
    expect([...repeatedMarginLines(pages)]).toEqual(['XX市人民政府公报第#期']);
    expect(inBand(line('x'), 842)).toBe(true);
  });
});

const h = (at: number, from: number, to: number): Segment => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): Segment => ({ horizontal: false, at, from, to });

describe('grid', () => {
  it('builds cells with spans where internal lines are missing', () => {
    // 3 rows x 3 cols; the left column's lower two cells merged, the top row's right two merged.
    const segs = [
      h(0, 0, 300), h(20, 0, 300), h(40, 100, 300), h(60, 0, 300),
      v(0, 0, 60), v(100, 0, 60), v(200, 20, 60), v(300, 0, 60),
    ];
    const [grid] = findGrids(segs);
    expect(grid!.xs).toEqual([0, 100, 200, 300]);
    expect(grid!.ys).toEqual([0, 20, 40, 60]);
    const spans = grid!.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan]);
    expect(spans).toEqual([
      [0, 0, 1, 1], [0, 1, 1, 2],
      [1, 0, 2, 1], [1, 1, 1, 1], [1, 2, 1, 1],
      [2, 1, 1, 1], [2, 2, 1, 1],
    ]);
  });

  it('snaps doubled borders and joins line pieces', () => {
    const segs = [h(0, 0, 150), h(0.6, 149, 300), h(30, 0, 300), v(0, 0, 30), v(150, 0, 30), v(150.7, 0, 30), v(300, 0, 30)];
    const [grid] = findGrids(segs);
    expect(grid!.cells).toHaveLength(2);
  });

  it('keeps separate tables apart and ignores a lone box', () => {
    const table = (y: number) => [h(y, 0, 200), h(y + 20, 0, 200), h(y + 40, 0, 200), v(y === 0 ? 0 : 0, y, y + 40), v(100, y, y + 40), v(200, y, y + 40)];
    const box = [h(500, 0, 50), h(520, 0, 50), v(0, 500, 520), v(50, 500, 520)];
    expect(findGrids([...table(0), ...table(100), ...box])).toHaveLength(2);
  });
});

describe('operator list', () => {
  it('reads stroked lines and thin filled rectangles through the transform, skipping clips', () => {
    const path = (...codes: number[]) => [new Float32Array(codes)];
    const list = {
      fnArray: [OPS.save, OPS.transform, OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.restore, OPS.constructPath],
      argsArray: [
        null,
        [2, 0, 0, 2, 10, 10],
        [OPS.stroke, path(0, 0, 0, 1, 100, 0), null],
        [OPS.fill, path(0, 0, 10, 1, 0.5, 10, 1, 0.5, 60, 1, 0, 60, 4), null],
        [OPS.endPath, path(0, 0, 0, 1, 100, 0, 1, 100, 100, 1, 0, 100, 4), null],
        null,
        [OPS.fill, path(0, 0, 0, 1, 300, 0, 1, 300, 300, 1, 0, 300, 4), null],
      ],
    };
    const { segments } = readOperators(list, OPS, [1, 0, 0, 1, 0, 0], new Set());
    expect(segments).toEqual([
      { horizontal: true, at: 10, from: 10, to: 210 },
      { horizontal: false, at: 10.5, from: 30, to: 130 },
    ]);
  });

  it('places the glyphs of a vertical font top to bottom', () => {
    const glyph = (unicode: string) => ({ unicode, width: 1000, vmetric: [-1000, 500, 880] });
    const list = {
      fnArray: [OPS.beginText, OPS.setFont, OPS.setTextMatrix, OPS.showText, OPS.setLeadingMoveText, OPS.showText, OPS.endText],
      argsArray: [null, ['f1', 10], [[1, 0, 0, 1, 100, 700]], [[glyph('三')]], [0, -12], [[glyph('︑')]], null],
    };
    // Viewport of a 792-point-high page: y flipped.
    const { verticalGlyphs } = readOperators(list, OPS, [1, 0, 0, -1, 0, 792], new Set(['f1']));
    expect(verticalGlyphs.map((g) => g.text)).toEqual(['三', '、']);
    expect(verticalGlyphs[0]!.x0).toBeCloseTo(95);
    expect(verticalGlyphs[0]!.y0).toBeCloseTo(92);
    expect(verticalGlyphs[1]!.y0).toBeCloseTo(104);
  });
});
