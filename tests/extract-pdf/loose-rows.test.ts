// Tables without borders set loosely (LibreOffice's HTML import: paragraph spacing in every cell,
// header words run together), on synthetic lines: rows followed at the table's own pitch, a label
// standing close to its figure, a one-row table under run-together header lines.

import { describe, expect, it } from 'vitest';
import { denseRows } from '../../lib/model/document';
import { findRegions, regionTable } from '../../lib/extract/pdf/fallback';
import { groupLines } from '../../lib/extract/pdf/lines';
import type { Run } from '../../lib/extract/pdf/types';

const SIZE = 12;
const run = (text: string, x0: number, y0: number): Run => ({ text, x0, x1: x0 + SIZE * [...text].length * (/^\d+$/.test(text) ? 0.55 : 1), y0, y1: y0 + SIZE, size: SIZE });
/** One line: [text, x] pieces at y. */
const line = (y: number, ...pieces: [string, number][]) => pieces.map(([t, x]) => run(t, x, y));

describe('tables without borders, loosely set', () => {
  it('follows value rows 1.6 em apart and splits a label from a figure a third of an em away', () => {
    const runs = [
      ...line(100, ['规章', 78], ['0', 150], ['1', 200], ['3', 250]),
      ...line(131, ['行政规范性文件', 60], ['5', 150], ['12', 200], ['36', 250]), // label ends 144, figure at 150
      ...line(162, ['行政许可', 78], ['7', 150], ['0', 200], ['0', 250]),
    ];
    const regions = findRegions(groupLines(runs));
    expect(regions).toHaveLength(1);
    const rows = denseRows(regionTable(regions[0]!, 1)).map((r) => r.map((c) => c?.text ?? ''));
    expect(rows).toEqual([
      ['规章', '0', '1', '3'],
      ['行政规范性文件', '5', '12', '36'],
      ['行政许可', '7', '0', '0'],
    ]);
  });

  it('keeps prose apart: lines 1.6 em apart without the same figure columns are no table', () => {
    const runs = [
      ...line(100, ['规章', 78], ['0', 150]),
      ...line(131, ['收到申请', 60], ['28', 300]),
      ...line(162, ['办结', 78], ['9', 420]),
    ];
    expect(findRegions(groupLines(runs))).toEqual([]);
  });

  it('reads a single row of figures under header lines whose words run together, one figure per column', () => {
    const xs = [60, 90, 120, 150, 180, 210, 240];
    const runs = [
      ...line(60, ['行政复议', 60], ['行政诉讼', 170]),
      ...line(80, ['结果结果其他尚未总计', 60]), // one part: the header words bridge the figure columns
      ...line(100, ['维持纠正结果审结', 60]),
      ...line(130, ...xs.map((x): [string, number] => ['0', x])),
    ];
    const regions = findRegions(groupLines(runs));
    expect(regions).toHaveLength(1);
    const t = regionTable(regions[0]!, 1);
    const figures = t.cells.filter((c) => c.text === '0');
    expect(figures).toHaveLength(7);
    expect(new Set(figures.map((c) => c.col)).size).toBe(7);
  });
});
