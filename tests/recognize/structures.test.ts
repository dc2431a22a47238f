// Layouts other than the corpus pages: recognition must follow labels and structure, not markup.

import { describe, expect, it } from 'vitest';
import { tableFromRows, type Block, type ExtractedDoc } from '../../lib/model/document';
import { recognize } from '../../lib/recognize/index';
import { APPLICANT_COLUMNS, APPLICATION_ROWS, REVIEW_COLUMNS } from '../../lib/standard/tables';

const text = (t: string): Block => ({ kind: 'text', text: t });
const doc = (blocks: Block[]): ExtractedDoc => ({ source: { kind: 'html', name: 'x' }, metaTitle: '某县2023年政府信息公开工作年度报告', blocks, notes: [] });

/** Table 三 with one label column and the group labels on rows of their own. */
function oneColumnTable3(value: (row: number, col: number) => string): string[][] {
  const rows: string[][] = [['项目', ...APPLICANT_COLUMNS.map((c) => c.label)]];
  let group: string | undefined;
  APPLICATION_ROWS.forEach((r, i) => {
    if (r.group && r.group !== group) rows.push([r.group, '', '', '', '', '', '', '']);
    group = r.group;
    rows.push([r.label, ...APPLICANT_COLUMNS.map((_, c) => value(i, c))]);
  });
  return rows;
}

const table4 = (): string[][] => [
  ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
  ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
  [...REVIEW_COLUMNS.map((c) => c.label), ...REVIEW_COLUMNS.map((c) => c.label), ...REVIEW_COLUMNS.map((c) => c.label)],
  ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '2', '2'],
];

const sections = (between: Record<number, Block[]>): Block[] =>
  ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'].flatMap(
    (h, i) => [text(h), ...(between[i + 1] ?? [text('正文。')])],
  );

describe('table 三 in other layouts', () => {
  it('reads a one-label-column table split over two grids, the second without a header', () => {
    const rows = oneColumnTable3((r, c) => (c === 0 || c === 6 ? String(r + 1) : '0'));
    const first = tableFromRows(rows.slice(0, 12).map((texts) => ({ texts })), true);
    const second = tableFromRows(rows.slice(12).map((texts) => ({ texts })), true);
    const report = recognize(doc(sections({ 3: [first, text('- 3 -'), second] })))!;
    const t = report.tables.applications;
    expect(t.found).toBe(true);
    expect(t.doubts).toEqual([]);
    APPLICATION_ROWS.forEach((r, i) => {
      expect(t.cells[`${r.key}.natural`]!.value, r.key).toBe(i + 1);
      expect(t.cells[`${r.key}.total`]!.value, r.key).toBe(i + 1);
      expect(t.cells[`${r.key}.legal`]!.value, r.key).toBe(0);
    });
  });

  it('reads group and leaf printed in one cell', () => {
    const rows = oneColumnTable3((r, c) => (c === 0 || c === 6 ? String(r) : '0'))
      .filter((row) => row.slice(1).some(Boolean) || row[0] === '项目')
      .map((row) => {
        const def = APPLICATION_ROWS.find((r) => r.label === row[0]);
        return def?.group ? [`${def.group}${row[0]}`, ...row.slice(1)] : row;
      });
    const report = recognize(doc(sections({ 3: [tableFromRows(rows.map((texts) => ({ texts })), true)] })))!;
    expect(report.tables.applications.cells['results.withheld.law.natural']!.value).toBe(5);
    expect(report.tables.applications.cells['results.other.other.total']!.value).toBe(22);
  });
});

describe('misspelt group labels', () => {
  it('report the cells of every row the group heads', () => {
    const rows = oneColumnTable3(() => '0').map((r) => (r[0] === '（四）无法提供' ? ['（四）无法提拱', ...r.slice(1)] : r));
    const report = recognize(doc(sections({ 3: [tableFromRows(rows.map((texts) => ({ texts })), true)] })))!;
    const [d] = report.tables.applications.labels;
    expect(d?.printed).toBe('（四）无法提拱');
    expect(d?.cells).toHaveLength(3 * 7);
    expect(report.tables.applications.cells['results.unavailable.unclear.total']!.value).toBe(0);
  });
});

describe('table 四 and sections', () => {
  it('reads table 四 by its header groups', () => {
    const report = recognize(doc(sections({ 4: [tableFromRows(table4().map((texts) => ({ texts })), false)] })))!;
    const c = report.tables.reviews.cells;
    expect([c['review.upheld']!.value, c['review.total']!.value, c['suit_after_review.pending']!.value]).toEqual([1, 1, 2]);
  });

  it('finds a section whose heading carries a wrong ordinal', () => {
    const blocks = sections({});
    blocks[2] = text('一、主动公开政府信息情况');
    const report = recognize(doc([...blocks, tableFromRows(table4().map((texts) => ({ texts })), false)]))!;
    expect(report.sections.map((s) => s.found)).toEqual([true, true, true, true, true, true]);
  });

  it('does not take table 三 row labels or an introduction sentence for headings', () => {
    const blocks = [
      text('本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分组成。'),
      text('一、本年新收政府信息公开申请数量'),
      text('四、结转下年度继续办理'),
    ];
    const report = recognize(doc([...blocks, tableFromRows(table4().map((texts) => ({ texts })), false)]));
    expect(report?.sections.filter((s) => s.found) ?? []).toEqual([]);
  });
});
