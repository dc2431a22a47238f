// Claim extraction checked against truth/NOTES.md, which lists every narrative figure the
// reference checker compared in each seed ("text “…” (N) vs a = x | b + c = y"), and against
// phrasing met in the real corpus.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims, extractPeriodYears, type Claim } from '../../lib/recognize/claims';
import { CELL_KEYS, TABLE_IDS } from '../../lib/standard/tables';
import { corpusPath, hasCorpus } from '../helpers/corpus';
import { corpusDocs, htmlText, seedNarrative } from './corpus-report';

const tableOfKey = (key: string) => TABLE_IDS.find((t) => CELL_KEYS[t].includes(key))!;

/** "new.total + carried_in.total" → "applications:new.total+applications:carried_in.total". */
function noteReading(expr: string): string {
  return expr
    .split(/\s*(?=[+−])/)
    .map((t) => {
      const sign = t.startsWith('−') ? '-' : '';
      const key = t.replace(/^[+−]\s*/, '').trim();
      return `${sign}${tableOfKey(key)}:${key}`;
    })
    .join('+');
}

function notedClaims(seed: string): string[] {
  const notes = readFileSync(corpusPath('truth/NOTES.md'), 'utf8');
  const part = notes.split(/^## /m).find((p) => p.startsWith(seed))!;
  return [...part.matchAll(/^- text “[^”]*” \((\d+)\) vs (.+)$/gm)].map(([, value, rest]) => {
    const readings = rest!.split(' | ').map((r) => noteReading(r.replace(/ = [\d.]+$/, '')));
    return `${value}: ${readings.join(' | ')}`;
  });
}

const show = (c: Claim) =>
  `${c.value}: ${c.readings.map((r) => r.map((t) => `${t.sign < 0 ? '-' : ''}${t.ref}`).join('+')).join(' | ')}`;

describe.skipIf(!hasCorpus)('claims of the five seeds match the reference checker’s (truth/NOTES.md)', () => {
  const seeds = hasCorpus ? corpusDocs().filter((d) => d.format === 'text' && d.kind === 'report') : [];
  it.each(seeds.map((d) => [d.id, d] as const))('%s', (id, doc) => {
    const truth = JSON.parse(readFileSync(corpusPath(doc.truth!), 'utf8'));
    const claims = extractClaims(seedNarrative(doc.path).split(/^六、其他需要报告的事项/m)[0]!, { year: truth.report.year, organ: truth.report.organ, title: truth.report.title });
    expect(claims.map(show).sort()).toEqual(notedClaims(id).sort());
    expect(claims.every((c) => c.scope === 'report')).toBe(true);
  });
});

describe.skipIf(!hasCorpus)('claims in the real corpus', () => {
  const read = (f: string) => readFileSync(corpusPath(`real/${f}`), 'utf8');
  it('平潭 2022: received 75 with its applicant breakdown, and the normative documents', () => {
    const c = extractClaims(read('pingtan-2022-crawltext.txt'), { year: 2022, organ: '平潭综合实验区管委会', title: null });
    expect(c.map((x) => [x.kind, x.value])).toEqual([
      ['active:normative.in_force', 698],
      ['active:normative.issued', 88],
      ['received', 75],
      ['applicant:自然人', 72],
      ['applicant:商业企业', 3],
    ]);
  });
  it('平潭 2025: received, handled, carried to 2026, reconsiderations and lawsuits', () => {
    const c = extractClaims(read('pingtan-2025-crawltext.txt'), { year: 2025, organ: '平潭综合实验区管委会', title: null });
    expect(c.map((x) => [x.kind, x.value])).toEqual([
      ['received', 154],
      ['handled', 148],
      ['carried_out', 6],
      ['review.total', 36],
      ['suit.total', 9],
    ]);
  });
  it('平潭 2023 (saved page): 现行有效 393, which its table contradicts (470)', () => {
    const c = extractClaims(htmlText(read('pingtan-2023-savedhtml.html')), { year: 2023, organ: '平潭综合实验区管委会', title: null });
    expect(c.map((x) => [x.kind, x.value])).toContainEqual(['active:normative.in_force', 393]);
  });
});

describe('claim phrasing', () => {
  const ctx = { year: 2024, organ: '淮安市人民政府', title: null };
  it('reads a city-wide reconsideration and lawsuit breakdown (淮安市 2024)', () => {
    const text =
      '2024 年，全市共受理政府信息公开申请 3119 件，答\n复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度\n答复），均在法定期限内予以答复。政府信息公开行政复议 351\n件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚\n未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25 件。';
    expect(extractClaims(text, ctx).map((x) => [x.kind, x.value])).toEqual([
      ['received', 3119],
      ['handled', 3050],
      ['review.total', 351],
      ['review.upheld', 72],
      ['review.corrected', 64],
      ['review.other', 178],
      ['review.pending', 37],
      ['suit.total', 46],
      ['suit.upheld', 25],
    ]);
  });
  it('marks an office acting for the government as part of the report’s scope', () => {
    const c = extractClaims('2024年，区政府办代表区政府受理政府信息公开申请17件。', { ...ctx, organ: '淮安市洪泽区人民政府' });
    expect(c.map((x) => [x.kind, x.value, x.scope])).toEqual([['received', 17, 'part']]);
  });
  it('marks a county-wide figure in an office’s report as wider', () => {
    const c = extractClaims('全县共收到政府信息公开申请500件。', { ...ctx, organ: '某县人民政府办公室' });
    expect(c.map((x) => x.scope)).toEqual(['wider']);
  });
  it('gives nothing for unknown phrasing, fees, hotlines or other bodies’ documents', () => {
    const text =
      '全年办理政府信息公开申请218件。未收取信息处理费。12345热线受理2854件，办结2850件。' +
      '全年刊登市政府文件25件、部门规范性文件13件。建立健全规章制度5项。公布行政许可事项清单128项。';
    expect(extractClaims(text, ctx)).toEqual([]);
  });
  it('leaves a year that is not the next one out of 结转', () => {
    expect(extractClaims('收到政府信息公开申请5件，结转2026年度继续办理1件。', ctx).map((x) => x.kind)).toEqual(['received']);
    expect(extractClaims('收到政府信息公开申请5件，结转2025年度继续办理1件。', ctx).map((x) => x.kind)).toEqual(['received', 'carried_out']);
  });
});

describe('extractPeriodYears', () => {
  it('reads the statistical-period sentence in its usual forms', () => {
    expect(extractPeriodYears('所列数据统计期限为 2023 年 1 月 1 日至 12 月 31 日。')).toEqual([2023]);
    expect(extractPeriodYears('本年度报告所列数据统计期限自2023年1月1日起至2023年12月31日止。')).toEqual([2023, 2023]);
    expect(extractPeriodYears('报告中所列数据的统计期限从 2023 年 1 月 1 日起到 12 月 31 日止，现将有关情况报告如下。')).toEqual([2023]);
    expect(extractPeriodYears('本报告所列数据统计期限为2024年度。')).toEqual([2024]);
  });
  it('ignores other years and dates outside the period sentence', () => {
    expect(extractPeriodYears('2023年，渠县办结2022年度结转政府信息公开申请4件，结转2024年度继续办理2件。')).toEqual([]);
  });
});

describe('claim scope', () => {
  const ctx = { year: 2024, organ: '淮安市洪泽区人民政府', title: null };
  it('keeps a part’s scope for the rest of its sentence', () => {
    const c = extractClaims('2024年，区政府办代表区政府受理政府信息公开申请17件，办结17件。', ctx);
    expect(c.map((x) => [x.kind, x.scope])).toEqual([
      ['received', 'part'],
      ['handled', 'part'],
    ]);
  });
  it('does not take the body that set a requirement for the one that counted', () => {
    const c = extractClaims('按照省政府办公厅相关工作要求设立规范性文件库，集中发布现行有效行政规范性文件393件。', ctx);
    expect(c.map((x) => [x.kind, x.scope])).toEqual([['active:normative.in_force', 'report']]);
  });
});

describe('numbers split by a line break', () => {
  it('gives no claim rather than a wrong figure', () => {
    const ctx = { year: 2023, organ: '渠县人民政府', title: null };
    expect(extractClaims('新受理政府信息公开申请共计 1\n01 件。', ctx)).toEqual([]);
    expect(extractClaims('收到政府信息公开申请5件，其余1\n2件结转下年度办理。', ctx).map((c) => c.kind)).toEqual(['received']);
    expect(extractClaims('新受理政府信息公开申请共计 101\n件。', ctx).map((c) => c.value)).toEqual([101]);
  });
});

describe('no reconsideration, no lawsuit', () => {
  const ctx = { year: 2023, organ: '渠县人民政府', title: null };
  const kinds = (t: string) => extractClaims(t, ctx).map((c) => [c.kind, c.value, c.readings[0]!.length]);
  it('reads the negations reports use', () => {
    expect(kinds('未出现因政府信息公开引发的行政复议和行政诉讼情况。')).toEqual([['none:reviews', 0, 3]]);
    expect(kinds('本年度未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。')).toEqual([['none:reviews', 0, 3]]);
    expect(kinds('全年无因政府信息公开引发的行政诉讼。')).toEqual([['none:reviews', 0, 2]]);
    expect(kinds('2023年未被申请政府信息公开行政复议。')).toEqual([['none:reviews', 0, 1]]);
  });
  it('does not take other words for a negation', () => {
    expect(kinds('减少因政府信息公开引发的行政复议和行政诉讼风险。')).toEqual([]);
    expect(kinds('其中未经复议直接起诉的政府信息公开行政诉讼。')).toEqual([]);
    expect(kinds('政府信息公开相关的尚未审结的行政诉讼。')).toEqual([]);
    expect(kinds('未发生行政复议和行政诉讼。')).toEqual([]);
  });
});
