import { describe, expect, it } from 'vitest';
import { normalizeOrgan, organAndYear, sameOrgan } from '../../lib/cross-year/organ';
import { pairConsecutive } from '../../lib/cross-year/pair';

describe('sameOrgan', () => {
  it('matches names that differ in spacing, punctuation or a prefixed division', () => {
    expect(sameOrgan('平潭综合实验区', ' 平潭综合实验区 ')).toBe(true);
    expect(sameOrgan('洪泽区人民政府', '淮安市洪泽区人民政府')).toBe(true);
    expect(sameOrgan('平潭综合实验区管委会（办公室）', '平潭综合实验区管委会办公室')).toBe(true);
    expect(sameOrgan('平潭综合实验区', '福建省平潭综合实验区')).toBe(true);
  });
  it('keeps different bodies of one place apart', () => {
    expect(sameOrgan('静乐县人民政府', '静乐县人民政府办公室')).toBe(false);
    expect(sameOrgan('静乐县', '静乐县财政局')).toBe(false);
    expect(sameOrgan('淮安市人民政府', '淮安市洪泽区人民政府')).toBe(false);
    expect(sameOrgan('人民政府', '静乐县人民政府')).toBe(false);
    expect(sameOrgan('财政局', '静乐县财政局')).toBe(false);
    expect(sameOrgan(null, '静乐县')).toBe(false);
  });
  it('normalises what titles leave around the name', () => {
    expect(normalizeOrgan('关于 静乐县 财政局的')).toBe('静乐县财政局');
  });
});

describe('organAndYear', () => {
  it('reads link texts and titles of annual reports', () => {
    expect(organAndYear('静乐县教育科技局2023年政府信息公开工作年度报告')).toEqual({ organ: '静乐县教育科技局', year: 2023 });
    expect(organAndYear('平潭综合实验区2023年度政府信息公开工作年度报告')).toEqual({ organ: '平潭综合实验区', year: 2023 });
    expect(organAndYear('2022年政府信息公开年报')).toEqual({ organ: null, year: 2022 });
    expect(organAndYear('关于开展2023年政务公开工作的通知')).toBeNull();
    expect(organAndYear('静乐县2023年政府信息公开工作年度报告（PDF）')).toEqual({ organ: '静乐县', year: 2023 });
    expect(organAndYear('静乐县2023年政府信息公开工作年度报告2024-03-28')).toEqual({ organ: '静乐县', year: 2023 });
    expect(organAndYear('静乐县召开2023年度政府信息公开工作年度报告编制培训会')).toBeNull();
    expect(organAndYear('关于印发静乐县2023年政府信息公开工作年度报告的通知')).toBeNull();
    expect(organAndYear('图解：静乐县2023年政府信息公开工作年度报告')).toBeNull();
    expect(organAndYear('《静乐县2023年政府信息公开工作年度报告》解读')).toBeNull();
  });
});

describe('pairConsecutive', () => {
  const items = [
    { item: 'a22', year: 2022, organ: '静乐县' },
    { item: 'a23', year: 2023, organ: '静乐县' },
    { item: 'b23', year: 2023, organ: '静乐县人民政府办公室' },
    { item: 'b22-poor', year: 2022, organ: '静乐县人民政府办公室', unsure: 30 },
    { item: 'b22', year: 2022, organ: '静乐县人民政府办公室', unsure: 0 },
    { item: 'c24', year: 2024, organ: '静乐县' },
    { item: 'd21', year: 2021, organ: '静乐县' },
    { item: 'e23', year: 2023, organ: null },
  ];
  it('pairs each report with last year\'s of the same body, the best-read copy first', () => {
    expect([...pairConsecutive(items)]).toEqual([
      ['a22', 'd21'],
      ['a23', 'a22'],
      ['b23', 'b22'],
      ['c24', 'a23'],
    ]);
  });
  it('pairs a loose match only when one body fits', () => {
    const loose = [
      { item: 'x', year: 2024, organ: '洪泽区人民政府' },
      { item: 'y', year: 2023, organ: '淮安市洪泽区人民政府' },
      { item: 'z', year: 2023, organ: '宿迁市洪泽区人民政府' },
    ];
    expect([...pairConsecutive(loose)]).toEqual([]);
    expect([...pairConsecutive(loose.slice(0, 2))]).toEqual([['x', 'y']]);
  });
});
