import { describe, expect, it } from 'vitest';
import { normalizeLabel, stripNumbering } from '../../lib/standard/normalize';
import { CELL_KEYS, RESULT_LEAVES } from '../../lib/standard/tables';

describe('normalizeLabel', () => {
  it('folds width, spaces, quotes, separators, Kangxi and traditional forms', () => {
    expect(normalizeLabel('规 章')).toBe('规章');
    expect(normalizeLabel('（二） 部分公开')).toBe('(二)部分公开');
    expect(normalizeLabel('3、其他')).toBe(normalizeLabel('3.其他'));
    expect(normalizeLabel('3．其他')).toBe(normalizeLabel('3.其他'));
    expect(normalizeLabel('危及“三安全一稳定”')).toBe(normalizeLabel('危及"三安全一稳定"'));
    expect(normalizeLabel('⼈')).toBe('人');
    expect(normalizeLabel('⼈⺠')).toBe('人民');
    expect(normalizeLabel('總體情況')).toBe('总体情况');
  });
  it('strips numbering of every kind', () => {
    expect(stripNumbering('三、（一）予以公开')).toBe('予以公开');
    expect(stripNumbering('1. 属于国家秘密')).toBe('属于国家秘密');
    expect(stripNumbering('(七) 总计')).toBe('总计');
  });
});

describe('standard tables', () => {
  it('have the contract key counts', () => {
    expect(CELL_KEYS.active).toHaveLength(10);
    expect(CELL_KEYS.applications).toHaveLength(175);
    expect(CELL_KEYS.reviews).toHaveLength(15);
    expect(RESULT_LEAVES).toHaveLength(21);
  });
});
