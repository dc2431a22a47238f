// The findings as a spreadsheet: one row per finding, worded from its data in the reader's
// language, faults told apart from questions, cells named by their official labels.

import { describe, expect, it } from 'vitest';
import { audit } from '../../lib/audit/index';
import type { Finding } from '../../lib/audit/schema';
import { findingsMatrix } from '../../lib/export/findings-csv';
import { loadDocument } from '../../lib/node/load';
import { corpusPath, hasCorpus } from '../helpers/corpus';

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
const unquoted = (s: string): string => s.replace(/"[^"]*"|“[^”]*”/g, '');

describe.skipIf(!hasCorpus)('the findings CSV', () => {
  it('has a row per finding with its rule, its words and its cells, in either language', async () => {
    const { result } = audit(await loadDocument(corpusPath('mutants/mutant-p02-honggutan-t3-row-total.html')), { lang: 'zh' });
    expect(result.findings.length).toBeGreaterThan(1);
    const zh = findingsMatrix(result, 'zh');
    expect(zh[0]).toEqual(['严重程度', '性质', '规则', '问题', '最可能有误的单元格', '涉及的单元格']);
    expect(zh).toHaveLength(result.findings.length + 1);
    const row = zh.find((r) => r[2] === 't3-row-total')!;
    expect(row.slice(0, 2)).toEqual(['错误', '报告有误']);
    expect(row[4]).toBe('表三“（二）部分公开”行“总计”列');

    const en = findingsMatrix(result, 'en');
    expect(en[0]).toEqual(['Severity', 'Kind', 'Rule', 'Finding', 'Most likely wrong', 'Cells']);
    for (const r of en.slice(1)) for (const cell of r) expect(unquoted(cell), cell).not.toMatch(CJK);
  });

  it('calls a question a question', () => {
    const question: Finding = { rule: 'needs-review', severity: 'info', outcome: 'review', message: '表三可能未读准', cells: [] } as unknown as Finding;
    const [, row] = findingsMatrix({ findings: [question] } as never, 'en');
    expect(row!.slice(0, 3)).toEqual(['note', 'to check', 'needs-review']);
  });
});
