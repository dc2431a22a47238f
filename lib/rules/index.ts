// Every rule, and running them over a recognised report: checks, suspect-cell localisation, the
// confidence gate, and a stable order (severity, then rule, then as found). Findings come out as
// data; lib/i18n words them.

import type { Severity } from '../audit/schema';
import type { RecognizedReport } from '../model/report';
import type { TableId } from '../standard/tables';
import { blankAsZero } from './blank-as-zero';
import { cellBlank } from './cell-blank';
import { cellInvalid } from './cell-invalid';
import { doubtfulTables, tablesOf } from './confidence';
import { impliedStock } from './implied-stock';
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
import type { FindingData, Rule } from './types';

export type { Lang, Rule, RuleMeta, FindingData } from './types';

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

export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);

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

export function runRules(report: RecognizedReport, rules: readonly Rule[] = RULES): RuleFinding[] {
  const checked: (Checked & { meta: Rule; order: number })[] = [];
  rules.forEach((rule, order) => {
    for (const raw of rule.check(report)) checked.push({ rule: rule.id, raw, meta: rule, order });
  });
  localiseSuspects(checked);
  const doubtful = doubtfulTables(report);
  const findings = checked.map(({ meta, raw, order }, i) => {
    let severity = raw.severity ?? meta.severity;
    let softened: Softened | undefined;
    const unsure = VALUE_RULES.has(meta.id) ? tablesOf(raw.cells).filter((id) => doubtful.has(id)) : [];
    if (severity !== 'info' && unsure.length > 0) softened = { reason: 'tables-unsure', tables: unsure };
    else if (severity !== 'info' && report.poorReading && COMPLETENESS.has(meta.id)) softened = { reason: 'poor-reading' };
    if (softened) severity = 'info';
    const finding: RuleFinding = {
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
    return { finding, order, i };
  });
  findings.sort(
    (a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.order - b.order || a.i - b.i,
  );
  return findings.map((f) => f.finding);
}
