// How a state reads in the UI: the status for data-status, a symbol and a sentence.

import type { AuditResult } from '../lib/audit/schema';
import type { AuditStatus } from '../lib/messages';
import { countFindings, verdictOf, type Verdict } from '../lib/messages/verdict';
import { t } from './i18n';

export interface VerdictView {
  verdict: Verdict | 'running' | 'failed';
  symbol: string;
  text: string;
}

export function statusOf(result: AuditResult): AuditStatus {
  const verdict = verdictOf(result);
  if (verdict === 'not-report') return 'not-report';
  return verdict === 'review' ? 'needs-review' : 'done';
}

export function viewOf(status: AuditStatus, result?: AuditResult): VerdictView {
  if (status === 'running') return { verdict: 'running', symbol: '…', text: t('statusRunning') };
  if (status === 'error' || !result) return { verdict: 'failed', symbol: '⚠', text: t('statusError') };
  const verdict = verdictOf(result);
  const counts = countFindings(result);
  switch (verdict) {
    case 'errors':
      return { verdict, symbol: '✕', text: t('verdictErrors', { errors: counts.error, warnings: counts.warning }) };
    case 'warnings':
      return { verdict, symbol: '!', text: t('verdictWarnings', { warnings: counts.warning }) };
    case 'clean':
      return { verdict, symbol: '✓', text: t('verdictClean') };
    case 'review':
      return { verdict, symbol: '?', text: t('verdictReview') };
    case 'not-report':
      return { verdict, symbol: '–', text: t(result.report?.format === '2019' ? 'verdictOldFormat' : 'verdictNotReport') };
  }
}
