// The verdict behind the badge, the popup and the overlay: colour and text both say it.

import { describe, expect, it } from 'vitest';
import type { AuditResult, Finding } from '../../lib/audit/schema';
import { badgeFor, countFindings, verdictOf } from '../../lib/messages/verdict';

function audit(findings: Partial<Finding>[], format: '2021' | '2019' | null = '2021'): AuditResult {
  return {
    source: { kind: 'html', name: 'x' },
    report: format ? { title: 't', year: 2024, organ: 'o', format } : null,
    sections: [],
    tables: {} as AuditResult['tables'],
    findings: findings.map((f) => ({ rule: 'x', severity: 'warning', message: '', cells: [], ...f })),
  };
}

describe('verdict', () => {
  it('puts errors first, then doubt, then warnings', () => {
    expect(verdictOf(audit([{ severity: 'error' }, { rule: 'needs-review', severity: 'info' }]))).toBe('errors');
    expect(verdictOf(audit([{ severity: 'warning' }, { rule: 'needs-review', severity: 'info' }]))).toBe('review');
    expect(verdictOf(audit([{ severity: 'warning' }, { rule: 'blank-as-zero', severity: 'info' }]))).toBe('warnings');
    expect(verdictOf(audit([{ rule: 'blank-as-zero', severity: 'info' }]))).toBe('clean');
  });

  it('treats a missing or 2019-format report as not a report', () => {
    expect(verdictOf(audit([], null))).toBe('not-report');
    expect(verdictOf(audit([{ severity: 'error' }], '2019'))).toBe('not-report');
  });

  it('gives each verdict a distinct badge text, so colour is never the only signal', () => {
    const counts = countFindings(audit([{ severity: 'error' }, { severity: 'error' }, { severity: 'warning' }]));
    expect(counts).toEqual({ error: 2, warning: 1, info: 0 });
    const texts = (['errors', 'warnings', 'clean', 'review'] as const).map((v) => badgeFor(v, counts)!.text);
    expect(texts).toEqual(['2', '!', '✓', '?']);
    expect(badgeFor('errors', { error: 150, warning: 0, info: 0 })!.text).toBe('99+');
    expect(badgeFor('not-report', counts)).toBeNull();
  });
});
