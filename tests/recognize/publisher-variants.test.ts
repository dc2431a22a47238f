// The ways real publishers depart from the standard layout (issue 7), each built here from the
// standard's own labels: the table must be read right, or its cells left for review — and the
// rules must never turn our misreading into an accusation.

import { describe, expect, it } from 'vitest';
import { tableFromRows, type Block, type ExtractedDoc, type SourceKind, type TableBlock } from '../../lib/model/document';
import { recognize } from '../../lib/recognize/index';
import * as flat from '../flattened/synthetic';
import { runRules } from '../../lib/rules/index';
import { ACTIVE_BLOCKS, APPLICANT_COLUMNS, APPLICATION_ROWS, REVIEW_COLUMNS } from '../../lib/standard/tables';
import type { RuleFinding } from '../../lib/rules/index';

const text = (t: string, heading = false): Block => ({ kind: 'text', text: t, ...(heading && { heading }) });
const doc = (blocks: Block[], kind: SourceKind = 'html'): ExtractedDoc => ({
  source: { kind, name: 'x' },
  metaTitle: '某县2023年政府信息公开工作年度报告',
  blocks,
  notes: [],
});
const grid = (rows: string[][], exact = true): TableBlock => tableFromRows(rows.map((texts) => ({ texts })), exact);

const TITLES = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];

/** Table 二 in the standard layout, blocks with captions; `skip` drops rows by key. */
function table2(values: Record<string, string[]> = {}, skip: string[] = []): string[][] {
  const rows: string[][] = [];
  for (const b of ACTIVE_BLOCKS) {
    rows.push([`第二十条第（${b.item}）项`, '', '', '']);
    rows.push(['信息内容', ...b.columns.map((c) => c.label), ...Array(3 - b.columns.length).fill('')]);
    for (const r of b.rows) {
      if (skip.includes(r.key)) continue;
      const v = values[r.key] ?? b.columns.map(() => '0');
      rows.push([r.label, ...v, ...Array(3 - v.length).fill('')]);
    }
  }
  return rows;
}

/** Table 三 with one label column; `value(row, col)` gives each cell. */
function table3(value: (row: number, col: number) => string): string[][] {
  const rows: string[][] = [['项目', ...APPLICANT_COLUMNS.map((c) => c.label)]];
  APPLICATION_ROWS.forEach((r, i) => rows.push([r.group ? `${r.group}${r.label}` : r.label, ...APPLICANT_COLUMNS.map((_, c) => value(i, c))]));
  return rows;
}

/** A consistent table 三: row i has i in 自然人 and 总计 for the leaves, the totals add up. */
const consistent = (row: number, col: number): string => {
  const key = APPLICATION_ROWS[row]!.key;
  const n = ['new', 'results.total'].includes(key) ? 5 : key === 'results.disclosed' || key === 'results.partial' ? (key === 'results.disclosed' ? 3 : 2) : 0;
  return col === 0 || col === 6 ? String(n) : '0';
};

const table4 = (vals = ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '2', '2']): string[][] => [
  ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
  ['', '', '', '', '', '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
  [...REVIEW_COLUMNS.map((c) => c.label), ...REVIEW_COLUMNS.map((c) => c.label), ...REVIEW_COLUMNS.map((c) => c.label)],
  vals,
];

function report(opts: { titles?: string[]; t2?: string[][]; t3?: string[][]; t4?: string[][]; between?: Record<number, Block[]>; headingBlocks?: (t: string) => Block } = {}) {
  const titles = opts.titles ?? TITLES;
  const tables: Record<number, Block[]> = {
    2: [grid(opts.t2 ?? table2())],
    3: [grid(opts.t3 ?? table3(consistent))],
    4: [grid(opts.t4 ?? table4())],
  };
  const make = opts.headingBlocks ?? ((t: string) => text(t));
  const blocks = titles.flatMap((h, i) => [make(h), ...(opts.between?.[i + 1] ?? tables[i + 1] ?? [text('正文。')])]);
  return recognize(doc(blocks))!;
}

const accusations = (findings: RuleFinding[]) => findings.filter((f) => f.severity !== 'info').map((f) => f.rule);

describe('a standard row the publisher dropped or merged', () => {
  it('table 二 without 规章: found, its other cells read, one structure variant, no blank', () => {
    const r = report({ t2: table2({ normative: ['1', '2', '8'] }, ['regulations']) });
    expect(r.tables.active.found).toBe(true);
    expect(r.tables.active.cells['normative.in_force']!.value).toBe(8);
    expect(r.tables.active.cells['regulations.issued']!.status).toBe('absent');
    expect(accusations(runRules(r))).toEqual(['structure-variant']);
  });

  it('规范性文件 for 行政规范性文件 is the same row, with a label deviation', () => {
    const rows = table2({ normative: ['1', '2', '8'] }, ['regulations']).map((row) => (row[0] === '行政规范性文件' ? ['规范性文件', ...row.slice(1)] : row));
    const r = report({ t2: rows });
    expect(r.tables.active.cells['normative.in_force']!.value).toBe(8);
    expect(accusations(runRules(r)).sort()).toEqual(['label-mismatch', 'structure-variant']);
  });

  it('（六）其他处理 as one row: its values in 3.其他, the sums run over 19 leaves', () => {
    const rows = table3(consistent).filter((row) => !/^（六）其他处理[12]\./.test(row[0]!));
    rows.splice(rows.findIndex((row) => row[0]!.startsWith('（六）')), 1, ['（六）其他处理', '0', '0', '0', '0', '0', '0', '0']);
    const r = report({ t3: rows });
    expect(r.tables.applications.variants).toEqual([{ code: 'single-other-row' }]);
    expect(r.tables.applications.cells['results.other.no_fee.total']!.status).toBe('absent');
    expect(accusations(runRules(r))).toEqual(['structure-variant']);
  });

  it('the three （六） sub-rows sharing one merged value cell are read as the single row', () => {
    const t = grid(table3(consistent));
    const first = APPLICATION_ROWS.findIndex((x) => x.key === 'results.other.no_correction') + 1;
    // The three sub-rows' value cells become one cell spanning them.
    t.cells = t.cells.filter((c) => !(c.row > first && c.row <= first + 2 && c.col > 0));
    for (const c of t.cells) if (c.row === first && c.col > 0) c.rowSpan = 3;
    const blocks = TITLES.flatMap((h, i) => [text(h), ...(i === 1 ? [grid(table2())] : i === 2 ? [t] : i === 3 ? [grid(table4())] : [text('正文。')])]);
    const r = recognize(doc(blocks))!;
    expect(r.tables.applications.variants).toEqual([{ code: 'single-other-row' }]);
    expect(accusations(runRules(r))).toEqual(['structure-variant']);
  });
});

describe('sections in the publisher’s own numbering and words', () => {
  const styles: Record<string, string[]> = {
    第一部分: ['第一部分 总体情况', '第二部分 主动公开政府信息情况', '第三部分 收到和处理政府信息公开申请情况', '第四部分 政府信息公开行政复议、行政诉讼情况', '第五部分 存在的主要问题及改进情况', '第六部分 其他需要报告的事项'],
    '1.': ['1.总体情况', '2.主动公开政府信息情况', '3.收到和处理政府信息公开申请情况', '4.政府信息公开行政复议、行政诉讼情况', '5.存在的主要问题及改进情况', '6.其他需要报告的事项'],
    '（一）': ['（一）总体情况', '（二）主动公开政府信息情况', '（三）收到和处理政府信息公开申请情况', '（四）政府信息公开行政复议、行政诉讼情况', '（五）存在的主要问题及改进情况', '（六）其他需要报告的事项'],
    unnumbered: ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'],
    reworded: ['一、政府信息公开总体情况', '二、主动公开政府信息的情况', '三、依申请公开政府信息情况', '四、政府信息公开行政复议与行政诉讼情况', '五、存在的主要问题及整改措施', '六、其它需要报告的事项'],
  };
  for (const [style, titles] of Object.entries(styles)) {
    it(`finds all six in the ${style} style, with no accusation`, () => {
      const r = report({ titles });
      expect(r.sections.map((s) => s.found)).toEqual([true, true, true, true, true, true]);
      expect(accusations(runRules(r))).toEqual([]);
    });
  }

  it('keeps （一） sub-headings of section 一 from passing for sections 二 and 三', () => {
    const r = report({ between: { 1: [text('（一）主动公开情况。我局公开信息100条。'), text('（二）依申请公开情况。')] } });
    expect(r.sections[1]!.title).toBe('二、主动公开政府信息情况');
  });

  it('finds sections swapped by the publisher, and a section whose heading is gone but whose table is there', () => {
    const titles = [...TITLES];
    [titles[4], titles[5]] = [titles[5]!, titles[4]!];
    expect(report({ titles }).sections.every((s) => s.found)).toBe(true);
    titles[1] = '附：';
    expect(report({ titles }).sections[1]!.found).toBe(true);
  });

  it('finds headings as bold paragraphs run into their first sentence', () => {
    const r = report({ titles: TITLES.map((t) => `${t}。2023年，我局认真落实。`), headingBlocks: (t) => text(t, true) });
    expect(r.sections.every((s) => s.found)).toBe(true);
  });
});

describe('table shapes we used to misread', () => {
  it('a blank row before table 四’s values and a repeated header in table 三', () => {
    const t4 = table4();
    t4.splice(3, 0, Array(15).fill(''));
    const t3 = table3(consistent);
    t3.splice(12, 0, t3[0]!);
    const r = report({ t3, t4 });
    expect(r.tables.reviews.cells['suit_after_review.total']!.value).toBe(2);
    expect(accusations(runRules(r))).toEqual([]);
  });

  it('a 小计 row, an extra 序号 column and an empty 备注 column are no cells of the standard', () => {
    const t3 = table3(consistent).map((row, i) => [i === 0 ? '序号' : String(i), ...row, i === 0 ? '备注' : '']);
    t3.splice(8, 0, ['', '小计', '0', '0', '0', '0', '0', '0', '0', '']);
    const r = report({ t3 });
    expect(r.tables.applications.cells['new.natural']!.value).toBe(5);
    expect(r.tables.applications.cells['results.disclosed.total']!.value).toBe(3);
    expect(accusations(runRules(r))).toEqual([]);
  });

  it('a row pushed right by a rowspan off by one is read by its own shape', () => {
    const t = grid(table3(consistent));
    const target = APPLICATION_ROWS.findIndex((x) => x.key === 'results.partial') + 1;
    for (const c of t.cells) if (c.row === target) c.col += 1;
    t.colCount += 1;
    const blocks = TITLES.flatMap((h, i) => [text(h), ...(i === 1 ? [grid(table2())] : i === 2 ? [t] : i === 3 ? [grid(table4())] : [text('正文。')])]);
    const r = recognize(doc(blocks))!;
    expect(r.tables.applications.cells['results.partial.natural']!.value).toBe(2);
    expect(accusations(runRules(r))).toEqual([]);
  });

  it('zeros written 0.00, 〇, ０ and 0件 are zeros', () => {
    const spell = ['0.00', '〇', '０', '0件'];
    const t3 = table3((r, c) => (consistent(r, c) === '0' ? spell[(r + c) % 4]! : consistent(r, c)));
    const r = report({ t3 });
    expect(Object.values(r.tables.applications.cells).every((c) => c.status === 'number')).toBe(true);
    expect(accusations(runRules(r))).toEqual([]);
  });

  it('table 四 printed one row per group', () => {
    const t4 = [
      ['', ...REVIEW_COLUMNS.map((c) => c.label)],
      ['行政复议', '1', '0', '0', '0', '1'],
      ['未经复议直接起诉', '0', '0', '0', '0', '0'],
      ['复议后起诉', '0', '0', '0', '2', '2'],
    ];
    const r = report({ t4 });
    expect(r.tables.reviews.cells['suit_after_review.pending']!.value).toBe(2);
    expect(accusations(runRules(r))).toEqual([]);
  });

  it('a dozen label deviations in one table are our misalignment: cells for review, no label-mismatch', () => {
    const t3 = table3(consistent).map((row, i) => (i > 0 && i < 14 ? [`${row[0]}X甲`, ...row.slice(1)] : row));
    const findings = runRules(report({ t3 }));
    expect(findings.filter((f) => f.rule === 'label-mismatch')).toEqual([]);
    expect(accusations(findings)).toEqual([]);
  });
});

describe('narrative numbers of another scope', () => {
  const withText = (t: string) => report({ between: { 1: [text(t)] } });
  it('a clean-up campaign’s figure that adds up with the sentence’s other figure agrees', () => {
    const r = report({ t2: table2({ normative: ['77', '0', '470'] }), between: { 1: [text('清理并集中发布现行有效行政规范性文件393件，动态更新本年度制发的规范性文件77件。')] } });
    expect(runRules(r).filter((f) => f.rule === 'text-table-mismatch')).toEqual([]);
  });
  it('items (条) are not applications, last year’s figures are not this year’s', () => {
    const r = withText('全年依申请公开信息788条。2022年，我局共收到政府信息公开申请50件。');
    expect(runRules(r).filter((f) => f.rule === 'text-table-mismatch')).toEqual([]);
  });
  it('答复N件 listed after the handling results is one kind of reply, not the total', () => {
    const r = withText('共收到政府信息公开申请5件，其中予以公开3件、部分公开2件、答复1件。');
    expect(runRules(r).filter((f) => f.rule === 'text-table-mismatch' && f.severity !== 'info')).toEqual([]);
  });
  it('each part that contradicts its own row group is flagged, the total that agrees is not', () => {
    const r = withText('共收到政府信息公开申请5件，其中予以公开4件、部分公开1件。');
    const f = runRules(r).filter((x) => x.rule === 'text-table-mismatch');
    expect(f.map((x) => [x.severity, x.cells, x.expected, x.actual])).toEqual([
      ['warning', ['applications:results.disclosed.total'], 3, 4],
      ['warning', ['applications:results.partial.total'], 2, 1],
    ]);
  });
});

describe('crawler and extraction artefacts', () => {
  it('a table’s last digits running into the next paragraph’s year', () => {
    const header = '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计';
    const body = `${TITLES.slice(0, 3).join('。正文。')}。正文。${TITLES[3]}${header}0000000000000222023年，本机关行政复议情况见上表。${TITLES[4]}正文。${TITLES[5]}正文。`;
    const r = recognize(doc([text(body)], 'text'))!;
    const c = r.tables.reviews.cells;
    expect([c['suit_after_review.pending']!.value, c['suit_after_review.total']!.value]).toEqual([2, 2]);
    expect(accusations(runRules(r)).filter((x) => x === 't4-total')).toEqual([]);
  });
});


// Lessons of a sweep of 57 genuine department reports (crawler text), each rebuilt here from the
// standard's labels: the publisher's own structure, read as such.
describe('real publishers’ own structures', () => {
  const crawl = (body: string) => recognize(doc([text(body)], 'text'))!;
  const tables = `${flat.table2('000')}${flat.table3({})}${flat.table4('000000000000000')}`;

  it('a fee table as part 五 and the problems as 六: both sections found, nothing missing', () => {
    const r = crawl(`一、总体情况正文。${tables}五、信息处理费收取情况通知收取件数通知收取金额（元）实际收取金额（元）000六、存在的主要问题和改进情况（一）存在的主要问题。正文。`);
    expect(r.sections.map((s) => s.found)).toEqual([true, true, true, true, true, true]);
    expect(accusations(runRules(r)).filter((x) => x === 'section-missing')).toEqual([]);
  });

  it('part 一 in the publisher’s own words, part 六 numbered 七', () => {
    const r = crawl(`（联系电话：0591-1234）。一、年度工作核心成效（一）主动公开多点发力，覆盖范围持续拓宽。${tables}五、当前存在的突出问题正文。六、下一步改进举措 针对上述问题。七、其他需说明事项全年未产生信息处理费。`);
    expect(r.sections.map((s) => [s.found, s.title])).toEqual([
      [true, '一、年度工作核心成效'],
      [true, expect.stringMatching(/^二、主动公开/)],
      [true, expect.stringMatching(/^三、收到和处理/)],
      [true, expect.stringMatching(/^四、政府信息公开行政复议/)],
      [true, '五、当前存在的突出问题'],
      [true, '七、其他需说明事项'],
    ]);
  });

  it('“3.其他（七）总计4000004” after rows without digits: the total is read', () => {
    const r = crawl(flat.report(flat.table2('000'), flat.table3({ new: '4000004', 'results.disclosed': '4000004', 'results.other.no_fee': '', 'results.other.other': '', 'results.total': '4000004' }), flat.table4('000000000000000')));
    expect(r.tables.applications.cells['results.total.total']!.value).toBe(4);
    expect(r.tables.applications.variants).toEqual([{ code: 'single-other-row' }]);
  });

  it('（六）1 carrying the digits and 2, 3 none is one merged cell, not fourteen blanks', () => {
    const r = crawl(flat.report(flat.table2('000'), flat.table3({ 'results.other.no_fee': '', 'results.other.other': '' }), flat.table4('000000000000000')));
    expect(r.tables.applications.variants).toEqual([{ code: 'single-other-row' }]);
    expect(accusations(runRules(r))).toEqual(['structure-variant']);
  });

  it('a reply qualified by its kind (同意公开答复1件) is a part, not the total of replies', () => {
    const r = report({ between: { 1: [text('共受理政府信息公开申请5件，经分类处置后，给予同意公开答复3件，不予公开答复0件，区分处理后公开2件。')] } });
    expect(runRules(r).filter((f) => f.rule === 'text-table-mismatch')).toEqual([]);
  });

  it('a result count the publisher breaks down its own way (分别属于…) is only a question', () => {
    const r = report({ between: { 1: [text('共收到政府信息公开申请5件，不予公开4件，分别属于本机关不掌握相关政府信息及行政执法案卷。')] } });
    expect(runRules(r).filter((f) => f.rule === 'text-table-mismatch').map((f) => f.severity)).toEqual(['info']);
  });

  it('no suspect cell when a whole column is filled wrong (the 总计 column left at 0)', () => {
    const r = report({ t3: table3((row, col) => (col === 6 ? '0' : consistent(row, col))) });
    const rows = runRules(r).filter((f) => f.rule === 't3-row-total');
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.every((f) => f.suspect === undefined)).toBe(true);
  });
});

// Seen in Chromium prints of the variants: what a PDF page does to a table.
describe('tables as PDF pages leave them', () => {
  it('a last row left as a line of text beside its table is read, not taken for a dropped row', () => {
    const rows = table3(consistent);
    const last = rows.pop()!;
    const blocks = TITLES.flatMap((h, i) => [text(h), ...(i === 1 ? [grid(table2())] : i === 2 ? [grid(rows), text(last.join(' '))] : i === 3 ? [grid(table4())] : [text('正文。')])]);
    const r = recognize(doc(blocks, 'pdf'))!;
    expect(r.tables.applications.cells['carried_out.total']!.value).toBe(0);
    expect(accusations(runRules(r))).toEqual([]);
  });

  it('a header run together with the 规章 row is that row unread, not a row the publisher dropped', () => {
    const rows = table2().filter((row) => row[0] !== '规章');
    const header = rows.findIndex((row) => row[0] === '信息内容');
    rows[header] = ['信息内容规章', '本年制发件数0', '本年废止件数0', '现行有效件数0'];
    const r = report({ t2: rows });
    expect(r.tables.active.variants).toEqual([]);
    expect(r.tables.active.cells['regulations.issued']!.status).toBe('uncertain');
    expect(accusations(runRules(r))).toEqual([]);
  });

  it('value cells merged over two rows outside （六） are a doubt, not a structure variant', () => {
    const t = grid(table3(consistent));
    const first = APPLICATION_ROWS.findIndex((x) => x.key === 'results.withheld.query') + 1;
    t.cells = t.cells.filter((c) => !(c.row === first + 1 && c.col > 0));
    for (const c of t.cells) if (c.row === first && c.col > 0) c.rowSpan = 2;
    const blocks = TITLES.flatMap((h, i) => [text(h), ...(i === 1 ? [grid(table2())] : i === 2 ? [t] : i === 3 ? [grid(table4())] : [text('正文。')])]);
    const r = recognize(doc(blocks))!;
    expect(r.tables.applications.variants).toEqual([]);
    expect(r.tables.applications.doubts).toContainEqual({ code: 'rows-merged', table: 'applications', rows: ['results.withheld.query', 'results.unavailable.not_held'] });
    expect(accusations(runRules(r))).toEqual([]);
  });
});
