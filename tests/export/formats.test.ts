import { describe, expect, it } from 'vitest';
import { toCsv, toMarkdown, toTsv } from '../../lib/export/formats';
import { tableMatrix } from '../../lib/export/layout';
import { audit } from './audit';

describe('table export', () => {
  it('lays table 三 out in the official rows and columns', () => {
    const m = tableMatrix(audit({ applications: { 'new.natural': 101, 'new.total': 101, 'results.withheld.secret.total': 1 } }), 'applications');
    expect(m).toHaveLength(3 + 25);
    expect(m[3]).toEqual(['一、本年新收政府信息公开申请数量', '', '', '101', '', '', '', '', '', '101']);
    expect(m[7]!.slice(0, 3)).toEqual(['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']);
    expect(m[7]![9]).toBe('1');
  });

  it('puts the 15 values of table 四 on one row', () => {
    const m = tableMatrix(audit({ reviews: { 'review.upheld': 2, 'suit_after_review.total': 1 } }), 'reviews');
    expect(m.at(-1)).toHaveLength(15);
    expect(m.at(-1)![0]).toBe('2');
    expect(m.at(-1)![14]).toBe('1');
  });

  it('keeps decimals of the fee cell', () => {
    const m = tableMatrix(audit({ active: { 'fees.amount': 3135.6 } }), 'active');
    expect(m.find((r) => r[0] === '行政事业性收费')![1]).toBe('3135.6');
  });

  it('serialises without letting cell text break the grid', () => {
    const m = [['a\tb', 'x|y'], ['"q"', 'line\nbreak']];
    expect(toTsv(m)).toBe('"a\tb"\tx|y\r\n"""q"""\t"line\nbreak"\r\n');
    expect(toCsv(m, { bom: true }).startsWith('\uFEFF')).toBe(true);
    expect(toCsv(m)).toBe('a\tb,x|y\r\n"""q""","line\nbreak"\r\n');
    expect(toMarkdown(m)).toBe('| a\tb | x\\|y |\n| --- | --- |\n| "q" | line break |\n');
  });
});
