// Running one rule or all of them over a fixture report.

import type { Finding } from '../../lib/audit/schema';
import type { RecognizedReport } from '../../lib/model/report';
import { findingOf } from '../../lib/audit/build';
import type { Lang } from '../../lib/i18n/format';
import { RULES, runRules } from '../../lib/rules';

/** Every finding of a full run, worded, as the audit JSON holds them. */
export function worded(report: RecognizedReport, lang: Lang = 'zh'): Finding[] {
  return runRules(report).map((f) => findingOf(f, lang));
}

/** Findings of one rule id, from a full run (so suspects and severities are as shipped). */
export function findings(report: RecognizedReport, rule: string, lang: Lang = 'zh'): Finding[] {
  return worded(report, lang).filter((f) => f.rule === rule);
}

/** Every finding that is not info: what the corpus scorer compares. */
export function scored(report: RecognizedReport): Finding[] {
  return worded(report).filter((f) => f.severity !== 'info');
}

export const ruleIds = RULES.map((r) => r.id);

/** "applications:new.natural" … for a row of table 三. */
export const rowRefs = (row: string): string[] =>
  ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'].map((c) => `applications:${row}.${c}`);
