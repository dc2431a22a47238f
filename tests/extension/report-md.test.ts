// The Markdown audit report for a memo: verdict, sections, tables, findings with their cells in
// the official labels, and page text that cannot turn into markup.

import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../lib/audit/schema';
import { auditToMarkdown } from '../../lib/export/report-md';
import { corpusDocs, hasCorpus, truthOf } from '../e2e/corpus';

describe.skipIf(!hasCorpus)('Markdown audit report', () => {
  const truth = truthOf(corpusDocs().find((d) => d.id === 'mutant-p08-quxian-t4-total')!);

  it('states the verdict and lists every finding with its cells', () => {
    const md = auditToMarkdown(truth, 'zh');
    expect(md).toMatch(/^# 年报审计报告：渠县2023年政府信息公开工作年度报告\n/);
    expect(md).toContain('**发现错误，报告存在需要更正的问题。**');
    expect(md).toContain('### 错误（1）');
    expect(md).toContain('`t4-total`');
    expect(md).toContain('表四 行政诉讼·未经复议直接起诉 × 总计');
    expect(md).toContain('- ✓ 六、其他需要报告的事项');
    expect(md.match(/^- .*`[a-z0-9-]+`$/gm)).toHaveLength(truth.findings.length);
  });

  it('has an English version', () => {
    const md = auditToMarkdown(truth, 'en');
    expect(md).toContain('# Annual report audit');
    expect(md).toContain('### Errors (1)');
    expect(md).toContain('  - expected 6, actual 7');
  });

  it('escapes page text so it stays text', () => {
    const hostile: AuditResult = {
      ...truth,
      report: { ...truth.report!, title: '<img src=x onerror=alert(1)> *bold* [link](javascript:x)' },
      findings: [],
    };
    const md = auditToMarkdown(hostile, 'zh');
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain('\\<img');
    expect(md).toContain('\\[link\\]');
  });
});
