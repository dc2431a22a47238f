// Every rule, and running them over a recognised report: checks, suspect-cell localisation, the
// confidence gate, and a stable order (severity, then rule, then as found). Findings come out as
// data; lib/i18n words them.

import type { Severity } from '../audit/schema';
import type { RecognizedReport } from '../model/report';
import type { TableId } from '../standard/tables';
import { blankAsZero } from './blank-as-zero';
import { carryoverMismatch } from './carryover-mismatch';
import { cellBlank } from './cell-blank';
import { cellInvalid } from './cell-invalid';
import { doubtfulTables, tablesOf } from './confidence';
import { impliedStock } from './implied-stock';
import { inForceChain } from './in-force-chain';
import { labelMismatch } from './label-mismatch';
import { needsReview } from './needs-review';
import { periodMismatch } from './period-mismatch';
import { regulationsScope } from './regulations-scope';
import { sectionMissing } from './section-missing';
import { structureVariant } from './structure-variant';
import { localiseSuspects, type Checked } from './suspect';
import { t3Balance } from './t3-balance';
import { t3ResultsTotal } from './t3-results-total';
import { t3RowTotal } from './t3-row-total';
import { t4Total } from './t4-total';
import { tableEmpty } from './table-empty';
import { tableMissing } from './table-missing';
import { textTableMismatch } from './text-table-mismatch';
import type { CrossYearRule, FindingData, RawFinding, Rule, RuleMeta, YearPair } from './types';

export type { CrossYearRule, Lang, Rule, RuleMeta, FindingData, YearPair } from './types';

/** The contract's rules in the order of audit-json.md, then the advisory (info) ones. */
export const RULES: readonly Rule[] = [
  sectionMissing,
  tableMissing,
  tableEmpty,
  cellBlank,
  cellInvalid,
  t3Balance,
  t3RowTotal,
  t3ResultsTotal,
  t4Total,
  labelMismatch,
  structureVariant,
  textTableMismatch,
  periodMismatch,
  needsReview,
  blankAsZero,
  regulationsScope,
  impliedStock,
];

/** The cross-year rules: they run only when last year's report of the same body is given. */
export const CROSS_YEAR_RULES: readonly CrossYearRule[] = [carryoverMismatch, inForceChain];

/** Every rule in the order findings are listed: the contract's order of audit-json.md, then the advisory ones. */
const ORDER: readonly RuleMeta[] = [...RULES.slice(0, RULES.indexOf(needsReview)), ...CROSS_YEAR_RULES, ...RULES.slice(RULES.indexOf(needsReview))];

export const ruleById = (id: string): RuleMeta | undefined => ORDER.find((r) => r.id === id);

/** Where a rule's findings stand in a listing (after severity). */
export const ruleOrder = (id: string): number => {
  const i = ORDER.findIndex((r) => r.id === id);
  return i < 0 ? ORDER.length : i;
};

/**
 * Why a finding that would accuse the publisher is only a question: the document as a whole was
 * read poorly, or the tables it names were.
 */
export type Softened = { reason: 'poor-reading' } | { reason: 'tables-unsure'; tables: TableId[] };

/** A finding as data: the rule, what it found, and which of the rule's messages says it, with what. */
export interface RuleFinding {
  rule: string;
  severity: Severity;
  /** fail: the publisher's fault (error, warning); review: a question for the reader (info). */
  outcome: 'fail' | 'review';
  /** "cell-blank.placeholder": the rule id and the key of its message. */
  messageId: string;
  data: FindingData;
  cells: string[];
  expected?: number;
  actual?: number;
  suspect?: string;
  softened?: Softened;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Rules that accuse the document of lacking something; unreliable when the reading was poor. */
const COMPLETENESS = new Set(['section-missing', 'table-missing', 'table-empty', 'cell-blank', 'structure-variant']);
/** Rules whose evidence is cell values (labels and rows are evidence of their own). */
const VALUE_RULES = new Set(['table-empty', 'cell-blank', 'cell-invalid', 't3-balance', 't3-row-total', 't3-results-total', 't4-total', 'text-table-mismatch']);

function asFinding(meta: RuleMeta, raw: RawFinding, softened?: Softened): RuleFinding {
  const severity = softened ? 'info' : (raw.severity ?? meta.severity);
  return {
    rule: meta.id,
    severity,
    outcome: severity === 'info' ? 'review' : 'fail',
    messageId: `${meta.id}.${raw.message ?? 'default'}`,
    data: raw.data ?? {},
    cells: raw.cells,
    ...(raw.expected !== undefined && { expected: raw.expected }),
    ...(raw.actual !== undefined && { actual: raw.actual }),
    ...(raw.suspect !== undefined && { suspect: raw.suspect }),
    ...(softened && { softened }),
  };
}

/** Findings in listing order: severity, then rule order, then as found (a stable sort). */
export function sortFindings<F extends { rule: string; severity: Severity }>(findings: readonly F[]): F[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || ruleOrder(a.rule) - ruleOrder(b.rule));
}

export function runRules(report: RecognizedReport, rules: readonly Rule[] = RULES): RuleFinding[] {
  const checked: (Checked & { meta: Rule })[] = [];
  for (const rule of rules) {
    for (const raw of rule.check(report)) checked.push({ rule: rule.id, raw, meta: rule });
  }
  localiseSuspects(checked);
  const doubtful = doubtfulTables(report);
  return sortFindings(
    checked.map(({ meta, raw }) => {
      const severity = raw.severity ?? meta.severity;
      let softened: Softened | undefined;
      const unsure = VALUE_RULES.has(meta.id) ? tablesOf(raw.cells).filter((id) => doubtful.has(id)) : [];
      if (severity !== 'info' && unsure.length > 0) softened = { reason: 'tables-unsure', tables: unsure };
      else if (severity !== 'info' && report.poorReading && COMPLETENESS.has(meta.id)) softened = { reason: 'poor-reading' };
      return asFinding(meta, raw, softened);
    }),
  );
}

/**
 * The cross-year rules over a pair the caller has found comparable (lib/cross-year/pair.ts).
 * They soften nothing themselves: a cell in doubt in either year already makes them ask.
 */
export function runCrossYear(pair: YearPair, rules: readonly CrossYearRule[] = CROSS_YEAR_RULES): RuleFinding[] {
  return sortFindings(rules.flatMap((rule) => rule.check(pair).map((raw) => asFinding(rule, raw))));
}
