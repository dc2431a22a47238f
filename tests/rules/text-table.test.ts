import { describe, expect, it } from 'vitest';
import { SEED_004_TEXT, row, seed004 } from './fixtures';
import { findings } from './helpers';

const withText = (text: string, changes: Parameters<typeof seed004>[0] = {}, organ = '渠县人民政府', year = 2023) =>
  seed004(changes, { texts: { 1: text }, organ, year });
const pick = (f: { cells: string[]; expected?: number; actual?: number; severity: string }) => [f.severity, f.cells, f.expected, f.actual];

describe('text-table-mismatch', () => {
  it('is silent for seed 004, including its "已办结99件" (101 new − 2 carried forward)', () => {
    expect(findings(seed004(), 'text-table-mismatch')).toEqual([]);
  });
  it('flags a received figure no reading gives, listing new.total', () => {
    const f = findings(withText('区政府办公室收到政府信息公开申请32件。', {
      applications: { ...row('new', [27, 1, 0, 0, 0, 0, 28]), ...row('carried_in', [0, 0, 0, 0, 0, 0, 0]) },
    }, '红谷滩区人民政府办公室'), 'text-table-mismatch');
    expect(f.map(pick)).toEqual([['warning', ['applications:new.total'], 28, 32]]);
    expect(f[0]!.message).toBe('正文“收到政府信息公开申请32件”与表格数值28不一致');
  });
  it('accepts a received figure that counts the carried-over cases too (平潭 2022)', () => {
    const text = '2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复。';
    const tables = { ...row('new', [71, 3, 0, 0, 0, 0, 74]), ...row('carried_in', [1, 0, 0, 0, 0, 0, 1]) };
    expect(findings(withText(text, { applications: tables }, '平潭综合实验区管委会', 2022), 'text-table-mismatch')).toEqual([]);
    const off = { ...tables, ...row('new', [70, 3, 0, 0, 0, 0, 73]) };
    expect(findings(withText(text, { applications: off }, '平潭综合实验区管委会', 2022), 'text-table-mismatch').map((f) => f.cells)).toEqual([
      ['applications:new.total'],
      ['applications:new.natural'],
    ]);
  });
  it('flags "未收到…申请" against a non-zero table (p26)', () => {
    const f = findings(withText('2023年未收到政府信息公开申请。', { applications: { 'new.total': 3 } }), 'text-table-mismatch');
    expect(f.map(pick)).toEqual([['warning', ['applications:new.total'], 3, 0]]);
  });
  it('compares a lawsuit count with the sum of both lawsuit groups (p08)', () => {
    const f = findings(seed004({ reviews: { 'suit_direct.total': 7 } }), 'text-table-mismatch');
    expect(f.map(pick)).toEqual([['warning', ['reviews:suit_direct.total', 'reviews:suit_after_review.total'], 8, 7]]);
  });
  it('compares "未出现…行政复议和行政诉讼" with the three totals', () => {
    const text = '全年共收到依申请公开信件21件，办结21件，办结率100%，未出现因政府信息公开引发的行政复议和行政诉讼情况。';
    const tables = { ...row('new', [21, 0, 0, 0, 0, 0, 21]), ...row('carried_in', [0, 0, 0, 0, 0, 0, 0]), ...row('results.total', [21, 0, 0, 0, 0, 0, 21]), ...row('carried_out', [0, 0, 0, 0, 0, 0, 0]) };
    const zero = Object.fromEntries(['review', 'suit_direct', 'suit_after_review'].flatMap((g) => ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => [`${g}.${c}`, 0])));
    expect(findings(withText(text, { applications: tables, reviews: zero }), 'text-table-mismatch')).toEqual([]);
    const f = findings(withText(text, { applications: tables, reviews: { ...zero, 'review.upheld': 1, 'review.total': 1 } }), 'text-table-mismatch');
    expect(f.map(pick)).toEqual([
      ['warning', ['reviews:review.total', 'reviews:suit_direct.total', 'reviews:suit_after_review.total'], 1, 0],
    ]);
  });
  it('compares table 二 figures (p10)', () => {
    const f = findings(withText(SEED_004_TEXT.replace('5014', '5041')), 'text-table-mismatch');
    expect(f.map(pick)).toEqual([['warning', ['active:penalty.decisions'], 5014, 5041]]);
  });
  it('reads 废止 / 现行有效 after the noun named earlier in the sentence', () => {
    const text = '全年废止规章1部，现行有效3部；制发行政规范性文件5件、失效或废止12件，现行有效36件。';
    const active = { 'regulations.repealed': 1, 'regulations.in_force': 3, 'normative.issued': 5, 'normative.repealed': 12, 'normative.in_force': 36 };
    expect(findings(withText(text, { active }), 'text-table-mismatch')).toEqual([]);
    const f = findings(withText(text, { active: { ...active, 'regulations.in_force': 4 } }), 'text-table-mismatch');
    expect(f.map(pick)).toEqual([['warning', ['active:regulations.in_force'], 4, 3]]);
  });
  it('does not read 清理 as 废止, nor the figures of a clean-up sentence', () => {
    const text = '定期开展行政规范性文件集中清理，本年清理53件，在政府门户网站上规范公开行政规范性文件12件。';
    expect(findings(withText(text), 'text-table-mismatch')).toEqual([]);
    const cleanUp = '开展规范性文件清理，清理120件，其中废止10件，现行有效110件。';
    expect(findings(withText(cleanUp), 'text-table-mismatch')).toEqual([]);
  });
  it('never compares the 信息处理费 with 行政事业性收费', () => {
    const r = seed004({}, { texts: { 1: SEED_004_TEXT, 6: '2023年共收取信息处理费2万元，未发出收费通知0件。' } });
    expect(findings(r, 'text-table-mismatch')).toEqual([]);
  });
  it('ignores counts of other things in the same sentence (热线, 信箱)', () => {
    const text = '12345市民热线受理2854件，办结率100%，“县长信箱”受理网民来信118件，其中有效件95件，办结93件，其余转入下一年度办理。';
    expect(findings(withText(text), 'text-table-mismatch')).toEqual([]);
    const mixed = '新受理政府信息公开申请共计101件，12345热线受理300件，办结290件。';
    expect(findings(withText(mixed), 'text-table-mismatch')).toEqual([]);
  });
  it('ignores reconsiderations a body handled for others (复议机关)', () => {
    const text = '全年办理行政复议案件120件，其中因政府信息公开引发的行政复议5件。';
    expect(findings(withText(text), 'text-table-mismatch')).toEqual([]);
  });
  it('turns a sub-scope figure into an info question (洪泽 2024: 区政府办代表区政府)', () => {
    const text = '2024年，区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。';
    const f = findings(withText(text, {}, '淮安市洪泽区人民政府', 2024), 'text-table-mismatch');
    expect(f.map(pick)).toEqual([['info', ['applications:new.total'], 101, 17]]);
    expect(f[0]!.message).toContain('统计范围可能不同');
  });
  it('leaves figures of another year alone: a comparison with last year is no contradiction', () => {
    const text = '2022年，我局共收到政府信息公开申请50件，办结48件。上年度共受理申请60件。2023年共收到政府信息公开申请90件。';
    const f = findings(withText(text), 'text-table-mismatch');
    expect(f.map(pick)).toEqual([['warning', ['applications:new.total'], 101, 90]]);
  });
  it('skips a claim whose cells are blank', () => {
    expect(findings(seed004({ active: { 'penalty.decisions': null } }), 'text-table-mismatch')).toEqual([]);
  });
  it('accepts either handled reading, and flags when none fits', () => {
    expect(findings(withText('新受理政府信息公开申请共计101件，已办结103件。'), 'text-table-mismatch')).toEqual([]);
    const f = findings(withText('新受理政府信息公开申请共计101件，已办结90件。'), 'text-table-mismatch');
    expect(f.map(pick)).toEqual([['warning', ['applications:results.total.total'], 103, 90]]);
  });
});
