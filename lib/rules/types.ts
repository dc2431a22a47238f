// A rule is a small module: its metadata (id, severity, category, where the spec defines it, and
// its wording in zh-CN and en) beside a pure check over the recognised report. A check returns
// findings as data — which message, with which values — and words are put together only at the
// edges (lib/i18n), in the reader's language.

import type { Severity } from '../audit/schema';
import type { Doubt } from '../model/doubt';
import type { ReportFigures } from '../model/figures';
import type { RecognizedReport } from '../model/report';
import type { TableId } from '../standard/tables';

export type { Lang } from '../i18n/format';

/**
 * The values a message names. `table` is a table id, `section` a section number, `doubts` the
 * reader's doubts: the renderer names them in the reader's language. Everything else is a number
 * or the report's / the standard's own words.
 */
export interface FindingData {
  table?: TableId;
  section?: number;
  doubts?: Doubt[];
  [name: string]: string | number | readonly (string | number)[] | Doubt[] | undefined;
}

export interface RawFinding {
  /** Cell refs ("applications:new.total"), listed as audit-json.md says for the rule. */
  cells: string[];
  expected?: number;
  actual?: number;
  /** The one cell most likely wrong, when known. */
  suspect?: string;
  /** Which of the rule's messages (a key of RuleMeta.messages); default "default". */
  message?: string;
  data?: FindingData;
  /** Overrides the rule's default severity (a question rather than a fault). */
  severity?: Severity;
}

export type RuleCategory = 'completeness' | 'arithmetic' | 'text' | 'advisory';

export interface RuleMeta {
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** A rule id of shared/spec/audit-json.md (false: an advisory rule of our own). */
  contract: boolean;
  /** Where the rule comes from: the spec section, and the identity it checks. */
  docs: { spec: string; formula?: string };
  /** One-line description of what the rule checks. */
  description: { zh: string; en: string };
  /** Wording templates (lib/i18n/format.ts) by message key; "default" is required. */
  messages: Record<string, { zh: string; en: string }>;
}

export interface Rule extends RuleMeta {
  check(report: RecognizedReport): RawFinding[];
}

/** This year's report and last year's of the same body (lib/cross-year/pair.ts decides that). */
export interface YearPair {
  current: ReportFigures;
  previous: ReportFigures;
}

/** A rule over two consecutive years' reports: it reads figures only, never a document. */
export interface CrossYearRule extends RuleMeta {
  check(pair: YearPair): RawFinding[];
}

export function defineRule(rule: Rule): Rule {
  if (!rule.messages.default) throw new Error(`rule ${rule.id} has no default message`);
  return rule;
}

export function defineCrossYearRule(rule: CrossYearRule): CrossYearRule {
  if (!rule.messages.default) throw new Error(`rule ${rule.id} has no default message`);
  return rule;
}
