import { describe, expect, it } from 'vitest';
import { FindingSchema, RULE_IDS } from '../../lib/audit/schema';
import { CROSS_YEAR_RULES, RULES, runRules } from '../../lib/rules';
import { worded } from './helpers';
import { seed004 } from './fixtures';

describe('RULES', () => {
  it('covers every contract rule id once, with wording in both languages', () => {
    const ids = [...RULES, ...CROSS_YEAR_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of RULE_IDS) expect(ids).toContain(id);
    for (const r of [...RULES, ...CROSS_YEAR_RULES]) {
      expect(r.description.zh && r.description.en).toBeTruthy();
      for (const m of Object.values(r.messages)) expect(m.zh && m.en).toBeTruthy();
    }
  });
  it('keeps advisory rules at info level', () => {
    for (const r of RULES.filter((x) => !(RULE_IDS as readonly string[]).includes(x.id))) expect(r.severity).toBe('info');
  });
});

describe('runRules', () => {
  const r = seed004(
    { applications: { 'new.business': null, 'results.disclosed.natural': 30 } },
    { missing: [6], periodYears: [2022] },
  );
  it('returns contract findings, errors first, then by rule order', () => {
    const f = worded(r);
    for (const x of f) FindingSchema.parse(x);
    expect(f.map((x) => x.rule)).toEqual([
      'section-missing',
      't3-row-total',
      't3-results-total',
      'cell-blank',
      'period-mismatch',
      'blank-as-zero',
    ]);
  });
  it('renders messages in the chosen language with every placeholder filled', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const f of worded(r, lang)) expect(f.message).not.toMatch(/\{\w+\}/);
    }
    expect(worded(r, 'en')[0]!.message).toBe('Section 6 ("其他需要报告的事项") is missing');
  });
  it('is deterministic', () => {
    expect(runRules(r)).toEqual(runRules(r));
  });
});
