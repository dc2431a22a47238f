// The arithmetic identities of tables 三 and 四 (spec §5.4, §6) as pure functions: each lists the
// instances that fail on the cells it can read. Rules report them; the advisory blank-as-zero
// rule evaluates them once more with blanks read as 0.

import type { RecognizedReport } from '../model/report';
import { APPLICANT_COLUMNS, APPLICANT_PARTS, APPLICATION_ROWS, RESULT_LEAVES, REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_PARTS } from '../standard/tables';
import { cellRef, numbers, sum } from './cells';

export interface Failure {
  cells: string[];
  expected: number;
  actual: number;
  /** The column, row or group key the instance is about. */
  at: string;
  /** The parts, for messages that show the sum (t3-balance). */
  parts?: number[];
}

/** T3-1, per column: new + carried_in = results.total + carried_out. */
export function balanceFailures(report: RecognizedReport): Failure[] {
  const out: Failure[] = [];
  for (const { key: c } of APPLICANT_COLUMNS) {
    const keys = [`new.${c}`, `carried_in.${c}`, `results.total.${c}`, `carried_out.${c}`];
    const v = numbers(report, 'applications', keys);
    if (!v) continue;
    const [n, ci, total, co] = v as [number, number, number, number];
    if (n + ci === total + co) continue;
    out.push({ cells: keys.map((k) => cellRef('applications', k)), expected: n + ci, actual: total + co, at: c, parts: [n, ci, total, co] });
  }
  return out;
}

/** T3-2, per row: total = the six applicant columns. */
export function rowTotalFailures(report: RecognizedReport): Failure[] {
  const out: Failure[] = [];
  for (const { key: r } of APPLICATION_ROWS) {
    const parts = numbers(report, 'applications', APPLICANT_PARTS.map((c) => `${r}.${c}`));
    const total = numbers(report, 'applications', [`${r}.total`]);
    if (!parts || !total || sum(parts) === total[0]) continue;
    out.push({ cells: APPLICANT_COLUMNS.map((c) => cellRef('applications', `${r}.${c.key}`)), expected: sum(parts), actual: total[0]!, at: r });
  }
  return out;
}

const NON_OTHER_LEAVES = RESULT_LEAVES.filter((k) => !k.startsWith('results.other.'));

/** The result leaves as printed: a single （六） row stands for its three sub-rows (read into results.other.other). */
export function resultLeaves(report: RecognizedReport): readonly string[] {
  return report.tables.applications.variants.some((v) => v.code === 'single-other-row') ? [...NON_OTHER_LEAVES, 'results.other.other'] : RESULT_LEAVES;
}

/** T3-3, per column: （七）总计 = the sum of the result leaves. */
export function resultsTotalFailures(report: RecognizedReport): Failure[] {
  const out: Failure[] = [];
  const leaves = resultLeaves(report);
  for (const { key: c } of APPLICANT_COLUMNS) {
    const parts = numbers(report, 'applications', leaves.map((l) => `${l}.${c}`));
    const total = numbers(report, 'applications', [`results.total.${c}`]);
    if (!parts || !total || sum(parts) === total[0]) continue;
    out.push({ cells: [...leaves, 'results.total'].map((r) => cellRef('applications', `${r}.${c}`)), expected: sum(parts), actual: total[0]!, at: c });
  }
  return out;
}

/** T4-1, per group: total = upheld + corrected + other + pending. */
export function reviewTotalFailures(report: RecognizedReport): Failure[] {
  const out: Failure[] = [];
  for (const g of REVIEW_GROUPS) {
    const parts = numbers(report, 'reviews', REVIEW_PARTS.map((c) => `${g.key}.${c}`));
    const total = numbers(report, 'reviews', [`${g.key}.total`]);
    if (!parts || !total || sum(parts) === total[0]) continue;
    out.push({ cells: REVIEW_COLUMNS.map((c) => cellRef('reviews', `${g.key}.${c.key}`)), expected: sum(parts), actual: total[0]!, at: g.key });
  }
  return out;
}

/** Every identity by the rule id that reports it, with the table it checks. */
export const IDENTITIES = [
  { rule: 't3-balance', table: 'applications', failures: balanceFailures },
  { rule: 't3-row-total', table: 'applications', failures: rowTotalFailures },
  { rule: 't3-results-total', table: 'applications', failures: resultsTotalFailures },
  { rule: 't4-total', table: 'reviews', failures: reviewTotalFailures },
] as const;
