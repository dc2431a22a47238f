// Running one rule or all of them over a fixture report.

import type { Finding } from '../../lib/audit/schema';
import type { RecognizedReport } from '../../lib/model/report';
import { RULES, runRules } from '../../lib/rules';

/** Findings of one rule id, from a full run (so suspects and severities are as shipped). */
export function findings(report: RecognizedReport, rule: string, lang: 'zh' | 'en' = 'zh'): Finding[] {
  return runRules(report, lang).filter((f) => f.rule === rule);
}

/** Every finding that is not info: what the corpus scorer compares. */
export function scored(report: RecognizedReport): Finding[] {
  return runRules(report, 'zh').filter((f) => f.severity !== 'info');
}

export const ruleIds = RULES.map((r) => r.id);

/** "applications:new.natural" … for a row of table 三. */
export const rowRefs = (row: string): string[] =>
  ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'].map((c) => `applications:${row}.${c}`);
