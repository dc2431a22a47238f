// The panel's findings: worded from their data in the UI language, one line each, findings that
// share a suspect cell in one group, questions told apart from faults.

import { describe, expect, it } from 'vitest';
import { audit } from '../../lib/audit/index';
import type { Finding } from '../../lib/audit/schema';
import { loadDocument } from '../../lib/node/load';
import { findingText, groupFindings, isQuestion } from '../../components/finding-view';
import { corpusPath, hasCorpus } from '../helpers/corpus';

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
const unquoted = (s: string): string => s.replace(/"[^"]*"|“[^”]*”/g, '');

describe.skipIf(!hasCorpus)('findings in the panel', () => {
  it('groups the row and column findings of one wrong cell under that cell, each on its own line', async () => {
    const { result } = audit(await loadDocument(corpusPath('mutants/mutant-p02-honggutan-t3-row-total.html')), { lang: 'zh' });
    const groups = groupFindings(result.findings, 'zh');
    const shared = groups.find((g) => g.lines.length > 1)!;
    expect(shared.suspect).toBe('applications:results.partial.total');
    expect(shared.lines.map((l) => l.finding.rule).sort()).toEqual(['t3-results-total', 't3-row-total']);
    for (const line of shared.lines) {
      // The suspect cell is named once, by the group; the line itself carries no note on it.
      expect(line.text).not.toContain('最可能');
      expect(line.text).not.toContain('\n');
      expect(line.question).toBe(false);
    }
    // Every finding is shown once.
    expect(groups.flatMap((g) => g.lines.map((l) => l.index)).sort()).toEqual(result.findings.map((_, i) => i));
    expect(groups.map((g) => g.severity)).toEqual([...groups.map((g) => g.severity)].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
  });

  it('words the findings in English from their data, whatever language the audit was run in', async () => {
    const { result } = audit(await loadDocument(corpusPath('mutants/mutant-p05-honggutan-text-table-mismatch.html')), { lang: 'zh' });
    for (const f of result.findings) {
      const en = findingText(f, 'en');
      expect(unquoted(en), en).not.toMatch(CJK);
      expect(en).not.toBe(f.message);
    }
  });

  it('treats a softened or review finding as a question', () => {
    const base: Finding = { rule: 't3-row-total', severity: 'error', message: 'm', cells: [], outcome: 'fail', messageId: 't3-row-total.default', data: {} };
    expect(isQuestion(base)).toBe(false);
    expect(isQuestion({ ...base, severity: 'info', outcome: 'review', softened: { reason: 'poor-reading' } })).toBe(true);
    expect(isQuestion({ ...base, rule: 'needs-review', severity: 'info', outcome: 'review' })).toBe(true);
  });
});
