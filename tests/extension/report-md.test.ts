// The Markdown audit report for a memo: verdict, sections, tables, findings with their cells in
// the official labels, and page text that cannot turn into markup.

import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../../lib/audit/schema';
import { audit } from '../../lib/audit/index';
import { auditToMarkdown } from '../../lib/export/report-md';
import { loadDocument } from '../../lib/node/load';
import { corpusDocs, hasCorpus, truthOf } from '../e2e/corpus';
import { corpusPath } from '../helpers/corpus';

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
/** English text less what it quotes (report text and the standard's official labels). */
const unquoted = (s: string): string => s.replace(/"[^"]*"|“[^”]*”|\([^()]*\)|`[^`]*`/g, '');

describe.skipIf(!hasCorpus)('Markdown audit report', () => {
  const truthDoc = corpusDocs().find((d) => d.id === 'mutant-p08-quxian-t4-total')!;
  const truth = truthOf(truthDoc);

  it('states the verdict and lists every finding with its cells', () => {
    const md = auditToMarkdown(truth, 'zh');
    expect(md).toMatch(/^# 年报审计报告：渠县2023年政府信息公开工作年度报告\n/);
    expect(md).toContain('**发现错误，报告存在需要更正的问题。**');
    expect(md).toContain('### 错误（1）');
    expect(md).toContain('`t4-total`');
    expect(md).toContain('表四“行政诉讼·未经复议直接起诉”行“总计”列');
    expect(md).toContain('- ✓ 六、其他需要报告的事项');
    expect(md.match(/^- .*`[a-z0-9-]+`$/gm)).toHaveLength(truth.findings.length);
  });

  it('has an English version, its findings worded from their data', async () => {
    const { result } = audit(await loadDocument(corpusPath(truthDoc.path)), { lang: 'zh' });
    const md = auditToMarkdown(result, 'en');
    expect(md).toContain('# Annual report audit');
    expect(md).toContain('### Errors (1)');
    expect(md).toContain('  - expected 6, actual 7');
    expect(md).toContain('Table 4, row "行政诉讼·未经复议直接起诉", column "总计"');
    const findings = md.slice(md.indexOf('## Findings'), md.indexOf('*Generated'));
    for (const line of findings.split('\n')) expect(unquoted(line), line).not.toMatch(CJK);
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
