// The cross-year rules on synthetic pairs: seed 004 (渠县 2023) and a 2022 report built to agree
// with it, then broken one cell at a time.

import { describe, expect, it } from 'vitest';
import { withPrevious, buildAudit } from '../../lib/audit/build';
import { AuditSchema } from '../../lib/audit/schema';
import { figuresOf } from '../../lib/model/figures';
import type { RecognizedReport } from '../../lib/model/report';
import { CROSS_YEAR_RULES, runCrossYear } from '../../lib/rules';
import { row, seed004, uncertain, type CellInput } from '../rules/fixtures';

/** Last year's report that agrees with seed 004: carried_out = this year's carried_in, in force 21 − 3 + 24 = 42. */
function lastYear(changes: Record<string, Record<string, CellInput>> = {}, input: Partial<RecognizedReport> = {}): RecognizedReport {
  const r = seed004(
    {
      active: { 'normative.in_force': 42, ...changes.active },
      applications: { ...row('carried_out', [4, 0, 0, 0, 0, 0, 4]), 'results.total.natural': 101, 'results.total.total': 101, ...changes.applications },
    },
    { year: 2022, title: '渠县2022年政府信息公开工作年度报告' },
  );
  return { ...r, ...input };
}

function crossYear(current: RecognizedReport, previous: RecognizedReport, lang: 'zh' | 'en' = 'zh') {
  const base = buildAudit(current, current.source, { lang });
  return withPrevious(base, figuresOf(current), figuresOf(previous), previous.source, { lang });
}

const ofRules = (r: ReturnType<typeof crossYear>) => r.findings.filter((f) => CROSS_YEAR_RULES.some((x) => x.id === f.rule));

describe('cross-year rules', () => {
  it('a consistent pair gives no cross-year finding, and says it compared', () => {
    const r = crossYear(seed004(), lastYear());
    expect(ofRules(r)).toEqual([]);
    expect(r.previous).toMatchObject({ compared: true, year: 2022, organ: '渠县人民政府' });
    AuditSchema.parse(r);
  });

  it('carryover-mismatch: one finding per broken column, naming this year\'s carried_in cell', () => {
    const prev = lastYear({ applications: { ...row('carried_out', [3, 1, 0, 0, 0, 0, 4]) } });
    const f = ofRules(crossYear(seed004(), prev));
    expect(f.map((x) => [x.rule, x.severity, x.cells, x.expected, x.actual])).toEqual([
      ['carryover-mismatch', 'warning', ['applications:carried_in.natural'], 3, 4],
      ['carryover-mismatch', 'warning', ['applications:carried_in.business'], 1, 0],
    ]);
    expect(f[0]!.data).toMatchObject({ previousCells: ['applications:carried_out.natural'], prevYear: 2022 });
    expect(f[0]!.message).toBe('表三“自然人”列：本年“二、上年结转政府信息公开申请数量”为4，而2022年报告“四、结转下年度继续办理”为3');
  });

  it('in-force-chain: the row\'s three cells of this year, both years\' figures in the message', () => {
    const prev = lastYear({ active: { 'normative.in_force': 50 } });
    const f = ofRules(crossYear(seed004(), prev, 'en'));
    expect(f.map((x) => [x.rule, x.severity, x.cells, x.expected, x.actual])).toEqual([
      ['in-force-chain', 'warning', ['active:normative.issued', 'active:normative.repealed', 'active:normative.in_force'], 50 + 3 - 24, 21],
    ]);
    expect(f[0]!.message).toBe(
      'Table 2, "行政规范性文件": 50 in force in the 2022 report + 3 issued − 24 repealed = 29, but 21 are in force this year (a clean-up of the document library may explain it; please check)',
    );
  });

  it('an uncertain cell of either year gives a question (info), never a warning', () => {
    const unsureLast = lastYear({ applications: { 'carried_out.natural': uncertain('41') }, active: { 'normative.in_force': uncertain('4250') } });
    const f = ofRules(crossYear(seed004(), unsureLast));
    expect(f.map((x) => [x.rule, x.severity, x.outcome, x.messageId, x.cells])).toEqual([
      ['carryover-mismatch', 'info', 'review', 'carryover-mismatch.unsure-previous', ['applications:carried_in.natural']],
      ['in-force-chain', 'info', 'review', 'in-force-chain.unsure-previous', ['active:normative.issued', 'active:normative.repealed', 'active:normative.in_force']],
    ]);
    const unsureNow = seed004({ applications: { 'carried_in.business': uncertain() } });
    const g = ofRules(crossYear(unsureNow, lastYear({ applications: { 'carried_out.business': 7 } })));
    expect(g.map((x) => [x.severity, x.messageId, x.cells])).toEqual([['info', 'carryover-mismatch.unsure-current', ['applications:carried_in.business']]]);
  });

  it('a table read poorly last year makes every check on it a question', () => {
    const keys = ['new', 'carried_in', 'results.disclosed', 'results.partial', 'results.total', 'carried_out'];
    const poor = Object.fromEntries(keys.flatMap((k) => ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'].map((c) => [`${k}.${c}`, uncertain()])));
    const prev = lastYear({ applications: { ...poor, 'carried_out.natural': 9 } });
    const f = ofRules(crossYear(seed004(), prev));
    expect(f.filter((x) => x.rule === 'carryover-mismatch').every((x) => x.severity === 'info')).toBe(true);
    expect(f.some((x) => x.severity !== 'info')).toBe(false);
  });

  it('blank and absent cells are skipped, as by the arithmetic rules', () => {
    const prev = lastYear({ applications: { 'carried_out.natural': null }, active: { 'normative.in_force': '—' } });
    expect(ofRules(crossYear(seed004(), prev))).toEqual([]);
  });

  it('not compared unless last year of the same body in the 2021 format', () => {
    const cases: [RecognizedReport, string][] = [
      [lastYear({}, { year: 2021 }), 'not-consecutive'],
      [lastYear({}, { year: 2023 }), 'not-consecutive'],
      [lastYear({}, { organ: '渠县财政局' }), 'other-organ'],
      [lastYear({}, { format: '2019' }), 'old-format'],
    ];
    for (const [prev, reason] of cases) {
      const broken = { ...prev, tables: lastYear({ active: { 'normative.in_force': 999 } }).tables };
      const r = crossYear(seed004(), broken);
      expect(r.previous).toMatchObject({ compared: false, reason });
      expect(ofRules(r)).toEqual([]);
    }
  });

  it('a city prefix on one year only is the same body', () => {
    const prev = lastYear({ active: { 'normative.in_force': 43 } }, { organ: '达州市渠县人民政府' });
    expect(ofRules(crossYear(seed004(), prev)).map((f) => f.rule)).toEqual(['in-force-chain']);
  });

  it('findings stay in listing order: severity, then the contract\'s rule order', () => {
    const current = seed004({ applications: { 'new.natural': 100 } });
    const prev = lastYear({ applications: { 'carried_out.natural': 3 }, active: { 'normative.in_force': 50 } });
    const r = crossYear(current, prev);
    const rules = r.findings.map((f) => `${f.severity}:${f.rule}`);
    expect(rules.indexOf('warning:carryover-mismatch')).toBeLessThan(rules.indexOf('warning:in-force-chain'));
    expect(rules.findIndex((x) => x.startsWith('warning'))).toBeGreaterThan(rules.lastIndexOf('error:t3-row-total'));
    expect(runCrossYear({ current: figuresOf(current), previous: figuresOf(prev) }).map((f) => f.rule)).toEqual(['carryover-mismatch', 'in-force-chain']);
  });
});
