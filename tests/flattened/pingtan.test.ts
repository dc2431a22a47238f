// The four 平潭 crawler texts (shared/corpus/real/pingtan-*-crawltext.txt): every table cell,
// decoded from digits that run together. There is no truth file; each reading below was
// worked out by hand from the digits, the identities and the narrative. null marks a cell that
// the digits truly leave open (status 'uncertain'), with a comment naming the readings.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDoubt } from '../../lib/i18n/doubts';
import { decodeFlattened, type FlattenedTables } from '../../lib/recognize/flattened';
import { corpusPath } from '../helpers/corpus';
import { activeCells, applicationCells, expectCells, reviewCells, type V } from './expect';

const U = null;

function decode(year: number): { text: string; tables: FlattenedTables } {
  const text = readFileSync(corpusPath(`real/pingtan-${year}-crawltext.txt`), 'utf8');
  const tables = decodeFlattened(text);
  expect(tables).not.toBeNull();
  return { text, tables: tables! };
}

// Table 三 rows that are all zeros in every year.
const Z: V[] = [0, 0, 0, 0, 0, 0, 0];

describe('平潭 2021', () => {
  const { text, tables } = decode(2021);

  it('table 二', () => {
    expectCells(
      tables.tables.active,
      'active',
      activeCells({
        regulations: [0, 0, 0],
        // "693665" has no identity and the 2021 narrative names no figure: ten readings
        // (6/9/3665, 6/93/665, 6/936/65, 6/9366/5, 69/3/665, 69/36/65, 69/366/5, 693/6/65,
        // 693/66/5, 6936/6/5). Probably 69/3/665: the 2022 report's 现行有效 698 = 665 + 88 − 55,
        // but a single report cannot know that.
        normative: [U, U, U],
        licensing: 2293,
        penalty: 1282,
        coercion: 42,
        // "24252.311082" is one number, not 24252.31 plus page junk: the site prints its fees
        // in 万元 to the fen (the 2023 HTML cell holds "5949.088667"; 2025 has "4166.241619").
        fees: 24252.311082,
      }),
    );
    expect(tables.tables.active!.cells['fees.amount']!.raw).toBe('24252.311082');
    expect(tables.tables.active!.doubts).toHaveLength(1);
    expect(renderDoubt(tables.tables.active!.doubts[0]!, 'zh')).toContain('表二“行政规范性文件”行的数字“693665”连写，可拆分为多种读法');
  });

  it('table 三', () => {
    expectCells(
      tables.tables.applications,
      'applications',
      applicationCells([
        [64, 0, 0, 2, 0, 4, 70], // 一、本年新收
        Z, // 二、上年结转
        // "270020130": the row sum also allows 2/7/0/0/20/1/30, which puts 20 in 法律服务机构;
        // that column is 0 in 新收, 结转 and 总计, so t3-results-total rules it out.
        [27, 0, 0, 2, 0, 1, 30], // （一）予以公开
        [5, 0, 0, 0, 0, 0, 5], // （二）部分公开 "500000 5": the space is a sure boundary
        Z, // 1.属于国家秘密
        Z, // 2.其他法律行政法规禁止公开
        Z, // 3.危及“三安全一稳定”
        Z, // 4.保护第三方合法权益
        [1, 0, 0, 0, 0, 0, 1], // 5.属于三类内部事务信息
        Z, // 6.属于四类过程性信息
        [6, 0, 0, 0, 0, 0, 6], // 7.属于行政执法案卷
        [1, 0, 0, 0, 0, 0, 1], // 8.属于行政查询事项
        // "220000325": 2/20/0/0/0/3/25 also sums, but 商业企业 is 0 in 新收 and 总计.
        [22, 0, 0, 0, 0, 3, 25], // 1.本机关不掌握相关政府信息
        Z,
        Z,
        Z,
        Z,
        Z,
        Z,
        Z,
        Z, // 1.申请人无正当理由逾期不补正…
        Z, // 2.申请人逾期未按收费通知要求缴纳费用…
        [1, 0, 0, 0, 0, 0, 1], // 3.其他
        [63, 0, 0, 2, 0, 4, 69], // （七）总计
        [1, 0, 0, 0, 0, 0, 1], // 四、结转下年度
      ]),
    );
    expect(tables.tables.applications!.doubts).toEqual([]);
  });

  it('table 四', () => {
    // "10203120001200000" (17 digits, 15 cells): only 1,0,2,0,3 / 12,0,0,0,12 / 0,0,0,0,0 makes
    // every group's 总计 the sum of its four results.
    expectCells(tables.tables.reviews, 'reviews', reviewCells([1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]));
    expect(tables.tables.reviews!.doubts).toEqual([]);
  });

  it('spans cover the tables and leave the headings in the narrative', () => {
    const { active, applications, reviews } = tables.tables;
    expect(text.slice(active!.span.start).startsWith('第二十条第（一）项')).toBe(true);
    expect(text.slice(0, active!.span.end).endsWith('行政事业性收费24252.311082')).toBe(true);
    expect(text.slice(applications!.span.start).startsWith('（本列数据的勾稽关系为')).toBe(true);
    expect(text.slice(0, applications!.span.end).endsWith('四、结转下年度继续办理1000001')).toBe(true);
    expect(text.slice(reviews!.span.start).startsWith('行政复议行政诉讼结果维持')).toBe(true);
    expect(text.slice(0, reviews!.span.end).endsWith('总计10203120001200000')).toBe(true);
  });
});

describe('平潭 2022', () => {
  const { tables } = decode(2022);

  it('table 二', () => {
    expectCells(
      tables.tables.active,
      'active',
      activeCells({
        regulations: [0, 0, 0],
        // "8855698" splits 15 ways; the narrative's "现行有效行政规范性文件698件" and
        // "制发的规范性文件88件" leave only 88/55/698.
        normative: [88, 55, 698],
        licensing: 10690,
        penalty: 2113,
        coercion: 0,
        fees: 9116.36,
      }),
    );
    expect(tables.tables.active!.doubts).toEqual([]);
    const used = tables.figures.filter((f) => f.used).map((f) => f.text);
    expect(used).toEqual(['现行有效行政规范性文件698件', '制发的规范性文件88件']);
  });

  it('table 三 (the heading of 四 has the typo 行政法复议)', () => {
    expectCells(
      tables.tables.applications,
      'applications',
      applicationCells([
        [71, 3, 0, 0, 0, 0, 74],
        [1, 0, 0, 0, 0, 0, 1],
        [21, 0, 0, 0, 0, 0, 21],
        [8, 1, 0, 0, 0, 0, 9],
        Z,
        Z,
        Z,
        Z,
        [1, 0, 0, 0, 0, 0, 1],
        [2, 0, 0, 0, 0, 0, 2],
        [1, 0, 0, 0, 0, 0, 1],
        Z,
        [37, 0, 0, 0, 0, 0, 37],
        Z,
        Z,
        Z,
        Z,
        Z,
        Z,
        Z,
        [2, 0, 0, 0, 0, 0, 2],
        Z,
        [0, 2, 0, 0, 0, 0, 2], // "0200002": seven digits, one per cell
        [72, 3, 0, 0, 0, 0, 75],
        Z,
      ]),
    );
    // The narrative's "收到…75件，涉及自然人72件、商业企业3件" counts 新收 + 结转 (74 + 1).
    expect(tables.tables.applications!.doubts).toEqual([]);
  });

  it('table 四 (space-separated)', () => {
    expectCells(tables.tables.reviews, 'reviews', reviewCells([0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]));
  });
});

describe('平潭 2024', () => {
  const { tables } = decode(2024);

  it('table 二', () => {
    expectCells(
      tables.tables.active,
      'active',
      activeCells({
        regulations: [0, 0, 0],
        // "6233440": the narrative's "制发行政规范性文件62件" fixes 62; the rest reads
        // 3/3440, 33/440, 334/40 or 3344/0. Probably 33/440 (2023 had 470 in force), but the
        // digits do not say.
        normative: [62, U, U],
        licensing: 4529,
        penalty: 1100,
        coercion: 65,
        fees: 18651.06,
      }),
    );
    expect(tables.tables.active!.doubts.map((d) => renderDoubt(d, 'zh'))).toEqual([
      '表二“行政规范性文件”行的数字“6233440”连写，可拆分为多种读法：62/3/3440、62/33/440、62/334/40、62/3344/0；' +
        '无法确定的单元格（本年废止件数、现行有效件数）留空',
    ]);
  });

  it('table 三', () => {
    expectCells(
      tables.tables.applications,
      'applications',
      applicationCells([
        [217, 1, 0, 0, 0, 0, 218],
        Z,
        [71, 0, 0, 0, 0, 0, 71],
        [29, 0, 0, 0, 0, 0, 29],
        [4, 0, 0, 0, 0, 0, 4],
        Z,
        Z,
        [3, 0, 0, 0, 0, 0, 3],
        [32, 0, 0, 0, 0, 0, 32],
        Z,
        Z,
        Z,
        [75, 0, 0, 0, 0, 0, 75], // "7500000752.没有…": the final 2 numbers the next label
        Z,
        Z,
        Z,
        [1, 0, 0, 0, 0, 0, 1],
        Z,
        Z,
        Z,
        [1, 0, 0, 0, 0, 0, 1],
        Z,
        [1, 1, 0, 0, 0, 0, 2],
        [217, 1, 0, 0, 0, 0, 218],
        Z,
      ]),
    );
    expect(tables.tables.applications!.doubts).toEqual([]);
  });

  it('table 四', () => {
    // "21317000001324019" decodes only as 2,1,3,1,7 / 0,0,0,0,0 / 13,2,4,0,19 (SOURCES.md).
    expectCells(tables.tables.reviews, 'reviews', reviewCells([2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]));
  });
});

describe('平潭 2025', () => {
  const { tables } = decode(2025);

  it('table 二', () => {
    expectCells(
      tables.tables.active,
      'active',
      activeCells({
        regulations: [0, 0, 0],
        // "5845546" splits 15 ways (5/8/45546 … 5845/5/46) and the 2025 narrative names no
        // count of 规范性文件. Probably 58/45/546, but nothing in the report says so.
        normative: [U, U, U],
        licensing: 2418,
        penalty: 644,
        coercion: 64,
        fees: 4166.241619, // 万元 to the fen, as in 2021 and 2023
      }),
    );
    expect(renderDoubt(tables.tables.active!.doubts[0]!, 'zh')).toContain('等15种');
  });

  it('table 三', () => {
    expectCells(
      tables.tables.applications,
      'applications',
      applicationCells([
        [151, 3, 0, 0, 0, 0, 154],
        Z,
        // "330000033": 3/30/0/0/0/0/33 also sums, but 商业企业 is 3 new = 1 handled + 2 carried
        // out, and the one handled is in 本机关不掌握 (49/1), so 予以公开 has no 商业企业.
        [33, 0, 0, 0, 0, 0, 33],
        [38, 0, 0, 0, 0, 0, 38],
        Z,
        Z,
        Z,
        Z,
        [3, 0, 0, 0, 0, 0, 3],
        [2, 0, 0, 0, 0, 0, 2],
        [3, 0, 0, 0, 0, 0, 3],
        [3, 0, 0, 0, 0, 0, 3],
        [49, 1, 0, 0, 0, 0, 50],
        [3, 0, 0, 0, 0, 0, 3],
        Z,
        [2, 0, 0, 0, 0, 0, 2],
        Z,
        Z,
        Z,
        Z,
        [8, 0, 0, 0, 0, 0, 8],
        [2, 0, 0, 0, 0, 0, 2],
        [1, 0, 0, 0, 0, 0, 1],
        [147, 1, 0, 0, 0, 0, 148],
        [4, 2, 0, 0, 0, 0, 6],
      ]),
    );
    expect(tables.tables.applications!.doubts).toEqual([]);
  });

  it('table 四', () => {
    // "25380363300630003": 25,3,8,0,36 / 3,3,0,0,6 / 3,0,0,0,3; the narrative's 行政复议36起,
    // 行政诉讼9起 agrees (6 + 3).
    expectCells(tables.tables.reviews, 'reviews', reviewCells([25, 3, 8, 0, 36, 3, 3, 0, 0, 6, 3, 0, 0, 0, 3]));
  });

  it('narrative figures: found, agreeing, and not needed', () => {
    const figures = tables.figures.map((f) => [f.text, f.alternatives.map((a) => a.join('+')).join(' | '), f.value, f.used]);
    expect(figures).toEqual([
      ['收到政府信息公开申请154件', 'new.total | new.total+carried_in.total', 154, false],
      ['办结148件', 'results.total', 148, false],
      ['结转至2026年6件', 'carried_out.total', 6, false],
      ['行政复议36起', 'review.total', 36, false],
      ['行政诉讼9起', 'suit_direct.total+suit_after_review.total', 9, false],
    ]);
  });
});

describe('all four years', () => {
  it('print no label that differs from the standard', () => {
    for (const year of [2021, 2022, 2024, 2025]) {
      const { tables } = decode(year);
      for (const t of Object.values(tables.tables)) expect(t!.labels).toEqual([]);
    }
  });
});
