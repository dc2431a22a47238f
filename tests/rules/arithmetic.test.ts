import { describe, expect, it } from 'vitest';
import { RESULT_LEAVES } from '../../lib/standard/tables';
import type { CellReading } from '../../lib/model/report';
import { absent, reading, row, seed004 } from './fixtures';
import { findings, rowRefs } from './helpers';

const balanceRefs = (c: string) => ['new', 'carried_in', 'results.total', 'carried_out'].map((r) => `applications:${r}.${c}`);
const resultRefs = (c: string) => [...RESULT_LEAVES, 'results.total'].map((r) => `applications:${r}.${c}`);
const pick = (f: { rule: string; cells: string[]; expected?: number; actual?: number; suspect?: string }) => ({
  rule: f.rule,
  cells: f.cells,
  expected: f.expected,
  actual: f.actual,
  suspect: f.suspect,
});

describe('t3-balance', () => {
  it('passes on a balanced table', () => {
    expect(findings(seed004(), 't3-balance')).toEqual([]);
  });
  it('fails per column, expected new + carried_in, actual results.total + carried_out', () => {
    const r = seed004({ applications: { 'carried_out.natural': 4, 'carried_out.total': 4 } });
    expect(findings(r, 't3-balance').map(pick)).toEqual([
      { rule: 't3-balance', cells: balanceRefs('natural'), expected: 105, actual: 107, suspect: undefined },
      { rule: 't3-balance', cells: balanceRefs('total'), expected: 105, actual: 107, suspect: undefined },
    ]);
    expect(findings(r, 't3-balance')[0]!.message).toBe(
      '表三“自然人”列：本年新收(101)+上年结转(4)=105，不等于办理结果总计(103)+结转下年度(4)=107',
    );
  });
  it('skips a column with a blank input and runs the others', () => {
    const r = seed004({ applications: { 'carried_in.natural': null, 'carried_out.total': 5 } });
    expect(findings(r, 't3-balance').map((f) => f.cells)).toEqual([balanceRefs('total')]);
  });
  it('runs on the total column alone when only 总计 is filled (seed 003)', () => {
    const cells = Object.fromEntries(
      ['new', 'carried_in', 'results.total', 'carried_out', ...RESULT_LEAVES].flatMap((r) => [
        ...['natural', 'business', 'research', 'nonprofit', 'legal', 'other'].map((c) => [`${r}.${c}`, null]),
        [`${r}.total`, r === 'carried_in' ? 2 : 0],
      ]),
    );
    const f = findings(seed004({ applications: cells }), 't3-balance');
    expect(f.map(pick)).toEqual([{ rule: 't3-balance', cells: balanceRefs('total'), expected: 2, actual: 0, suspect: undefined }]);
    expect(findings(seed004({ applications: cells }), 't3-row-total')).toEqual([]);
  });
});

describe('t3-row-total', () => {
  it('fails per row: expected the sum of the six, actual the printed total', () => {
    const r = seed004({ applications: row('results.disclosed', [29, 1, 0, 0, 0, 0, 29]) });
    const f = findings(r, 't3-row-total');
    expect(f.map((x) => [x.cells, x.expected, x.actual])).toEqual([[rowRefs('results.disclosed'), 30, 29]]);
    expect(f[0]!.message).toMatch(/^表三“（一）予以公开”行：各类申请人合计30，总计栏为29/);
  });
  it('skips a row with an absent cell', () => {
    const r = seed004({ applications: { 'results.disclosed.other': absent(), 'results.disclosed.total': 40 } });
    expect(findings(r, 't3-row-total')).toEqual([]);
  });
});

describe('t3-results-total', () => {
  it('fails per column over the 21 leaves, listing them and results.total', () => {
    const r = seed004({ applications: { 'results.other.no_fee.natural': 1, 'results.other.no_fee.total': 1 } });
    expect(findings(r, 't3-results-total').map((f) => [f.cells, f.expected, f.actual])).toEqual([
      [resultRefs('natural'), 104, 103],
      [resultRefs('total'), 104, 103],
    ]);
  });
  it('sums the single （六） row instead of its three sub-rows', () => {
    const single = [2, 0, 0, 0, 0, 0, 2].map((v) => reading(v));
    const sub = Object.fromEntries(
      ['no_correction', 'no_fee'].flatMap((s) =>
        ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'].map((c) => [`results.other.${s}.${c}`, absent()]),
      ),
    );
    const variants = [{ code: 'single-other-row' as const }];
    const other = (vals: CellReading[]) =>
      Object.fromEntries(['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'].map((c, i) => [`results.other.other.${c}`, vals[i]!]));
    const ok = seed004({ applications: { ...sub, ...other(single) } }, { tables: { applications: { variants } } });
    expect(findings(ok, 't3-results-total')).toEqual([]);
    expect(findings(ok, 'cell-blank')).toEqual([]);
    expect(findings(ok, 'structure-variant')).toHaveLength(1);
    const bad = seed004({ applications: { ...sub, ...other(single.map(() => reading(5))) } }, { tables: { applications: { variants } } });
    expect(findings(bad, 't3-results-total').map((f) => [f.cells.length, f.expected, f.actual])).toContainEqual([20, 106, 103]);
  });
  it('skips a column with a blank leaf', () => {
    expect(findings(seed004({ applications: { 'results.partial.natural': null } }), 't3-results-total')).toEqual([]);
  });
});

describe('t4-total', () => {
  it('fails per group with the five cells', () => {
    const f = findings(seed004({ reviews: { 'suit_direct.total': 7 } }), 't4-total');
    expect(f.map((x) => [x.cells, x.expected, x.actual])).toEqual([
      [['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `reviews:suit_direct.${c}`), 6, 7],
    ]);
    expect(f[0]!.message).toBe('表四“行政诉讼·未经复议直接起诉”：结果维持、结果纠正、其他结果、尚未审结合计6，总计为7');
  });
  it('skips a group with a blank cell (seed 000)', () => {
    const blank = Object.fromEntries(['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => [`review.${c}`, null]));
    expect(findings(seed004({ reviews: { ...blank, 'suit_direct.total': 6 } }), 't4-total')).toEqual([]);
  });
});

describe('suspect cell', () => {
  it('names the cell where a failing row and a failing column meet with the same difference', () => {
    const r = seed004({ applications: { 'results.disclosed.natural': 30 } });
    const f = [...findings(r, 't3-row-total'), ...findings(r, 't3-results-total')];
    expect(f.map((x) => x.suspect)).toEqual(['applications:results.disclosed.natural', 'applications:results.disclosed.natural']);
    expect(f[0]!.message).toContain('最可能出错的单元格：表三“（一）予以公开”行“自然人”列');
    expect(findings(r, 't3-row-total', 'en')[0]!.message).toContain('most likely wrong: Table 3, row "（一）予以公开", column "自然人"');
  });
  it('works between a row and the balance (a mistyped new.natural)', () => {
    const r = seed004({ applications: { 'new.natural': 100 } });
    expect([...findings(r, 't3-balance'), ...findings(r, 't3-row-total')].map((x) => x.suspect)).toEqual([
      'applications:new.natural',
      'applications:new.natural',
    ]);
  });
  it('names the (七)总计 cell when its row, its balance and its results column all fail by the same amount', () => {
    const r = seed004({ applications: { 'results.total.natural': 104 } });
    const f = [...findings(r, 't3-balance'), ...findings(r, 't3-row-total'), ...findings(r, 't3-results-total')];
    expect(f.map((x) => [x.rule, x.suspect])).toEqual([
      ['t3-balance', 'applications:results.total.natural'],
      ['t3-row-total', 'applications:results.total.natural'],
      ['t3-results-total', 'applications:results.total.natural'],
    ]);
  });
  it('names no cell when the differences differ', () => {
    const r = seed004({ applications: { 'results.disclosed.natural': 30, 'results.partial.natural': 58 } });
    expect(findings(r, 't3-row-total').map((x) => x.suspect)).toEqual([undefined, undefined]);
  });
  it('names no cell when two rows and two columns fail by the same amount (ambiguous)', () => {
    const r = seed004({ applications: { 'results.disclosed.natural': 30, 'results.partial.total': 57 } });
    const f = [...findings(r, 't3-row-total'), ...findings(r, 't3-results-total')];
    expect(f).toHaveLength(4);
    expect(f.map((x) => x.suspect)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
