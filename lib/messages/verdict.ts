// The one verdict of an audit, shared by the checker (status and exit code), the badge, the popup,
// the overlay and the exports.

import type { AuditResult } from '../audit/schema';

export type Verdict = 'errors' | 'warnings' | 'clean' | 'review' | 'not-report';

export interface Counts {
  error: number;
  warning: number;
  info: number;
}

export function countFindings(result: AuditResult): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  return counts;
}

/** A 2019-format report is not audited against the 2021 tables: it counts as "not a report". */
export function isAuditedReport(result: AuditResult): boolean {
  return result.report !== null && result.report.format === '2021';
}

/**
 * Errors win: arithmetic rules skip uncertain cells, so an error stands even when some table is in
 * doubt. Otherwise doubt about a table outranks warnings, which may come from that doubt.
 */
export function verdictOf(result: AuditResult): Verdict {
  if (!isAuditedReport(result)) return 'not-report';
  const counts = countFindings(result);
  if (counts.error > 0) return 'errors';
  if (result.findings.some((f) => f.rule === 'needs-review')) return 'review';
  if (counts.warning > 0) return 'warnings';
  return 'clean';
}

/** The checker's exit code for an audited document (README): 1 errors, 3 not a 2021-format report, else 0. */
export function exitCodeOf(verdict: Verdict): 0 | 1 | 3 {
  return verdict === 'errors' ? 1 : verdict === 'not-report' ? 3 : 0;
}

export interface Badge {
  text: string;
  color: string;
}

/** Text and colour both carry the verdict, so the badge reads without colour. */
export function badgeFor(verdict: Verdict, counts: Counts): Badge | null {
  switch (verdict) {
    case 'errors':
      return { text: counts.error > 99 ? '99+' : String(counts.error), color: '#c62828' };
    case 'warnings':
      return { text: '!', color: '#b26a00' };
    case 'clean':
      return { text: '✓', color: '#2e7d32' };
    case 'review':
      return { text: '?', color: '#616161' };
    case 'not-report':
      return null;
  }
}
