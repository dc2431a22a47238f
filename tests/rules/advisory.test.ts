import { describe, expect, it } from 'vitest';
import { APPLICANT_PARTS, APPLICATION_ROWS } from '../../lib/standard/tables';
import { seed004 } from './fixtures';
import { findings } from './helpers';

/** Seed 003's shape: only the 总计 column of table 三 filled. */
function totalsOnly(total: (row: string) => number) {
  return Object.fromEntries(
    APPLICATION_ROWS.flatMap((r) => [...APPLICANT_PARTS.map((c) => [`${r.key}.${c}`, null]), [`${r.key}.total`, total(r.key)]]),
  );
}

describe('blank-as-zero (info)', () => {
  it('reassures when the skipped identities hold with blanks read as 0', () => {
    const r = seed004({ applications: { 'new.business': null, 'results.total.business': null } });
    const f = findings(r, 'blank-as-zero');
    expect(f.map((x) => [x.severity, x.cells, x.message])).toEqual([['info', [], '若将空白单元格视为0，表三的各项勾稽关系均成立']]);
  });
  it('reports identities that still fail, as info', () => {
    const r = seed004({ applications: { 'new.business': null, 'new.total': 102 } });
    const f = findings(r, 'blank-as-zero');
    expect(f.map((x) => [x.severity, x.message])).toEqual([['info', '即使将空白单元格视为0，表三仍有1项勾稽关系不成立（仅供参考）']]);
  });
  it('says nothing against a table that fills only its 总计 column', () => {
    const r = seed004({ applications: totalsOnly((k) => (k === 'new' || k === 'results.disclosed' || k === 'results.total' ? 3 : 0)) });
    expect(findings(r, 'blank-as-zero').map((x) => x.message)).toEqual(['若将空白单元格视为0，表三的各项勾稽关系均成立']);
  });
  it('is silent without blanks', () => {
    expect(findings(seed004(), 'blank-as-zero')).toEqual([]);
  });
});

describe('regulations-scope (info)', () => {
  it('questions a non-zero 规章 row in a county report', () => {
    const r = seed004({ active: { 'regulations.in_force': 19 } }, { organ: '静乐县人民政府' });
    expect(findings(r, 'regulations-scope').map((x) => [x.severity, x.cells])).toEqual([['info', ['active:regulations.in_force']]]);
  });
  it('is silent for a city government, or a county with no 规章', () => {
    expect(findings(seed004({ active: { 'regulations.in_force': 3 } }, { organ: '攀枝花市人民政府办公室' }), 'regulations-scope')).toEqual([]);
    expect(findings(seed004(), 'regulations-scope')).toEqual([]);
  });
});

describe('implied-stock (info)', () => {
  it('questions a row whose implied previous stock is negative', () => {
    const r = seed004({ active: { 'normative.issued': 30, 'normative.repealed': 0, 'normative.in_force': 21 } });
    const f = findings(r, 'implied-stock');
    expect(f.map((x) => [x.severity, x.cells])).toEqual([
      ['info', ['active:normative.issued', 'active:normative.repealed', 'active:normative.in_force']],
    ]);
    expect(f[0]!.message).toContain('= -9');
  });
  it('is silent when the stock is not negative', () => {
    expect(findings(seed004(), 'implied-stock')).toEqual([]);
  });
});
