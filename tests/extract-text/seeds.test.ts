import { describe, expect, it } from 'vitest';
import { extractFile, findRow, numbers, rowTexts, tables, texts } from './helpers';

const SEED = {
  yanbian: 'seeds/000_91be53a5396d6013.txt',
  honggutan: 'seeds/001_a940ca4a84d42417.txt',
  panzhihua: 'seeds/002_159085d1251b2bff.txt',
  jingle: 'seeds/003_866e81804a6cdd46.txt',
  quxian: 'seeds/004_04aef5a383ab1858.txt',
};

/** Rows of a table 三 grid that carry values (the 25 data rows). */
const dataRows = (rows: string[][]) => rows.filter((r) => numbers(r).length > 0);

describe('every seed', () => {
  for (const [name, path] of Object.entries(SEED)) {
    it(`${name}: three tables, no separator left in the text blocks`, () => {
      const doc = extractFile(path);
      expect(tables(doc)).toHaveLength(3);
      for (const t of tables(doc)) {
        expect(t.exact).toBe(false);
        expect(t.ref).toMatchObject({ kind: 'line' });
        for (const c of t.cells) expect(c.ref).toMatchObject({ kind: 'line' });
      }
      for (const b of texts(doc)) {
        expect(b.text).not.toMatch(/\t|^\||\|$|\*\*/);
        expect(b.text).toBe(b.text.trim());
        expect(b.text).not.toBe('');
      }
      const [t2, t3, t4] = tables(doc).map(rowTexts);
      expect(dataRows(t3!)).toHaveLength(25);
      expect(findRow(t2!, '行政规范性文件')).toBeDefined();
      expect(t4!.at(-1)!.length).toBe(15);
    });
  }
});

describe('tab-separated PDF text', () => {
  it('000: table 三 continues over the page break, every data row carries 7 numbers', () => {
    const doc = extractFile(SEED.yanbian);
    const rows = rowTexts(tables(doc)[1]!);
    for (const r of dataRows(rows)) expect(numbers(r)).toHaveLength(7);
    expect(findRow(rows, '三、（一）予以公开')).toEqual(['三、（一）予以公开', '1', '0', '0', '0', '0', '0', '1']);
    const partial = findRow(rows, '本年度办理结果');
    expect(partial[1]).toMatch(/^\(二\)部分公开/);
    expect(partial.slice(2)).toEqual(['', '0', '0', '0', '0', '0', '0', '0']);
    expect(findRow(rows, '(六) 其他处理')[1]).toMatch(/^2\. 申请人逾期/);
  });

  it('000: the title is two text blocks, the organ then the year line', () => {
    const doc = extractFile(SEED.yanbian);
    const [organ, year] = texts(doc);
    expect(organ!.text).toBe('攀枝花市盐边县人民政府办公室');
    expect(year!.text).toBe('2023 年政府信息公开工作年度报告');
    expect(year!.ref).toEqual({ kind: 'line', line: 5 });
  });

  it('000: table 四 keeps the five empty 行政复议 cells before the ten zeros', () => {
    const rows = rowTexts(tables(extractFile(SEED.yanbian))[2]!);
    expect(rows).toHaveLength(4);
    expect(rows[3]).toEqual([...Array(5).fill(''), ...Array(10).fill('0')]);
  });

  it('000: a table ends at the next section heading', () => {
    const doc = extractFile(SEED.yanbian);
    const i = doc.blocks.findIndex((b) => b.kind === 'text' && b.text === '三、收到和处理政府信息公开申请情况');
    expect(doc.blocks[i - 1]!.kind).toBe('table');
    expect(doc.blocks[i + 1]!.kind).toBe('table');
  });

  it('003: the lone 总计 value keeps its tab position on every row', () => {
    const rows = rowTexts(tables(extractFile(SEED.jingle))[1]!);
    expect(findRow(rows, '一、本年新收').indexOf('0')).toBe(8);
    expect(findRow(rows, '1. 属于国家秘密').indexOf('0')).toBe(9);
    expect(findRow(rows, '3. 其他').indexOf('0')).toBe(8);
    expect(findRow(rows, '(七) 总计').indexOf('0')).toBe(7);
    for (const r of dataRows(rows)) expect(numbers(r)).toEqual(['0']);
    const t4 = rowTexts(tables(extractFile(SEED.jingle))[2]!);
    const last = t4.at(-1)!;
    expect(last.flatMap((c, i) => (c === '0' ? [i] : []))).toEqual([4, 9, 14]);
  });

  it('004: block （八） on the next page stays in table 二 with its two cells per row', () => {
    const doc = extractFile(SEED.quxian);
    const rows = rowTexts(tables(doc)[0]!);
    expect(rows).toHaveLength(14);
    expect(findRow(rows, '规 章')).toEqual(['规 章', '0', '0', '0']);
    expect(findRow(rows, '第二十条第（八）项')).toEqual(['第二十条第（八）项', '']);
    expect(findRow(rows, '行政事业性收费')).toEqual(['行政事业性收费', '3135.6']);
  });

  it('004: the （五） group label split over a page break gives two rows', () => {
    const rows = rowTexts(tables(extractFile(SEED.quxian))[1]!);
    expect(findRow(rows, '(五)')).toEqual(['(五)', '1.信访举报投诉类申请', '0', '0', '0', '0', '0', '0', '0', '']);
    expect(findRow(rows, '不予处理').slice(1, 3)).toEqual(['不予处理', '2.重复申请']);
    for (const r of dataRows(rows)) expect(numbers(r)).toHaveLength(7);
    expect(numbers(findRow(rows, '(七) 总计'))).toEqual(['103', '0', '0', '0', '0', '0', '103']);
    const t4 = rowTexts(tables(extractFile(SEED.quxian))[2]!);
    expect(t4.at(-1)!.join(',')).toBe('2,3,0,0,5,5,0,1,0,6,0,0,0,1,1');
  });
});

describe('"cell |" crawl text', () => {
  const doc = () => extractFile(SEED.honggutan);

  it('001: table 四 data row is 14 zeros and one empty cell', () => {
    const rows = rowTexts(tables(doc())[2]!);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['行政复议', '行政诉讼']);
    expect(rows[2]).toHaveLength(10);
    expect(rows[3]).toEqual([...Array(14).fill('0'), '']);
  });

  it('001: span padding ends rows, and a full-width header row is split from the next row', () => {
    const rows = rowTexts(tables(doc())[0]!);
    expect(rows[0]).toEqual(['第二十条第(一)项']);
    expect(rows[1]).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(rows[2]).toEqual(['规章', '0', '0', '0']);
    expect(findRow(rows, '行政许可')).toEqual(['行政许可', '0']);
    expect(findRow(rows, '行政事业性收费')).toEqual(['行政事业性收费', '0']);
    expect(rows).toHaveLength(14);
  });

  it('001: table 三 rows carry their label cells and 7 values', () => {
    const rows = rowTexts(tables(doc())[1]!);
    for (const r of dataRows(rows)) expect(numbers(r)).toHaveLength(7);
    expect(findRow(rows, '三、本年度办理结果')).toEqual(['三、本年度办理结果', '(一)予以公开', '6', '0', '0', '0', '0', '0', '6']);
    expect(findRow(rows, '(七)总计')).toEqual(['(七)总计', '27', '1', '0', '0', '0', '0', '28']);
    expect(findRow(rows, '商业 企业')).toHaveLength(5);
  });
});

describe('Markdown pipe tables', () => {
  it('002: separator rows dropped, empty cells kept as ""', () => {
    const doc = extractFile(SEED.panzhihua);
    for (const t of tables(doc)) for (const c of t.cells) expect(c.text).not.toMatch(/^-+$/);
    const rows = rowTexts(tables(doc)[1]!);
    expect(findRow(rows, '3. 其他')).toEqual(['3. 其他', '', '0', '0', '0', '0', '0', '0', '0', '']);
    expect(findRow(rows, '(三) 不予公开').slice(0, 4)).toEqual(['', '(三) 不予公开', '1. 属于国家秘密', '0']);
    expect(rowTexts(tables(doc)[0]!)[1]).toEqual(['信息内容', '本年制发件数', '本年度止件数', '现行有效件数']);
    expect(rowTexts(tables(doc)[2]!)).toHaveLength(4);
  });
});
