import { describe, expect, it } from 'vitest';
import { format } from '../../lib/i18n/format';

describe('message templates', () => {
  it('puts values and lists in', () => {
    expect(format('表{n}：{rows}', { n: '三', rows: ['甲', '乙'] }, 'zh')).toBe('表三：甲、乙');
    expect(format('Table {n}: {rows}', { n: 3, rows: ['a', 'b'] }, 'en')).toBe('Table 3: a, b');
  });
  it('picks the plural form of the language', () => {
    const t = '{count, plural, =0 {no errors} one {# error} other {# errors}} in {table}';
    expect(format(t, { count: 0, table: 'x' }, 'en')).toBe('no errors in x');
    expect(format(t, { count: 1, table: 'x' }, 'en')).toBe('1 error in x');
    expect(format(t, { count: 3, table: 'x' }, 'en')).toBe('3 errors in x');
    expect(format('{count, plural, other {#个错误}}', { count: 1 }, 'zh')).toBe('1个错误');
  });
  it('nests placeholders inside plural branches', () => {
    expect(format('{n, plural, one {one cell of {t}} other {# cells of {t}}}', { n: 2, t: 'T' }, 'en')).toBe('2 cells of T');
  });
  it('refuses a broken template instead of printing it half', () => {
    expect(() => format('{count, plural, one {x}', { count: 1 }, 'en')).toThrow(/unbalanced/);
  });
});
