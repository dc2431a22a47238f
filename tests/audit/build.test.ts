import { describe, expect, it } from 'vitest';
import { buildAudit } from '../../lib/audit/build';
import { AuditSchema } from '../../lib/audit/schema';
import { CELL_KEYS, TABLE_IDS } from '../../lib/standard/tables';
import { absent, seed004 } from '../rules/fixtures';

const source = { kind: 'html' as const, name: 'quxian.html', url: 'http://www.quxian.gov.cn/a.html' };

describe('buildAudit', () => {
  it('says "not a report" for null: no report, six sections not found, empty tables, no findings', () => {
    const a = buildAudit(null, source, { lang: 'zh' });
    expect(a.report).toBeNull();
    expect(a.sections.map((s) => [s.no, s.found, s.title])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, false, null]));
    for (const id of TABLE_IDS) {
      expect(a.tables[id].found).toBe(false);
      expect(Object.keys(a.tables[id].cells)).toEqual([...CELL_KEYS[id]]);
      expect(Object.values(a.tables[id].cells).every((v) => v === null)).toBe(true);
    }
    expect(a.findings).toEqual([]);
    expect(a.source).toEqual(source);
  });

  it('carries the report fields, the sections as printed and the cells', () => {
    const r = seed004({}, { titles: { 5: '五、存在的主要问题及改进措施' } });
    const a = buildAudit(r, source, { lang: 'zh' });
    expect(a.report).toEqual({ title: '渠县2023年政府信息公开工作年度报告', year: 2023, organ: '渠县人民政府', format: '2021' });
    expect(a.sections[4]).toEqual({ no: 5, key: 'problems', found: true, title: '五、存在的主要问题及改进措施' });
    expect(a.tables.active.cells['fees.amount']).toBe(3135.6);
    expect(a.tables.applications.cells['new.natural']).toBe(101);
    expect(a.findings).toEqual([]);
    expect(() => AuditSchema.parse(a)).not.toThrow();
  });

  it('writes null for blank, placeholder, invalid, absent and uncertain cells', () => {
    const r = seed004({
      applications: { 'new.business': '—', 'new.other': 'l', 'results.other.no_fee.natural': absent(), 'carried_in.legal': null },
    });
    const cells = buildAudit(r, source, { lang: 'zh' }).tables.applications.cells;
    for (const k of ['new.business', 'new.other', 'results.other.no_fee.natural', 'carried_in.legal']) expect(cells[k]).toBeNull();
  });

  it('writes null cells and found false for a missing table, and the findings in the chosen language', () => {
    const r = seed004({}, { tables: { reviews: { found: false } }, missing: [5] });
    const a = buildAudit(r, source, { lang: 'en' });
    expect(a.tables.reviews.found).toBe(false);
    expect(Object.values(a.tables.reviews.cells).every((v) => v === null)).toBe(true);
    expect(a.sections[4]).toEqual({ no: 5, key: 'problems', found: false, title: null });
    expect(a.findings.map((f) => f.rule)).toEqual(['section-missing', 'table-missing']);
    expect(a.findings[0]!.message).toMatch(/^Section 5 /);
  });

  it('omits an absent url from the source', () => {
    expect(buildAudit(null, { kind: 'text', name: 'a.txt' }, { lang: 'zh' }).source).toEqual({ kind: 'text', name: 'a.txt' });
  });
});
