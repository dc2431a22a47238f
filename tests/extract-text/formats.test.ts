import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract/text/index';
import { extractFile, rowTexts, tables, texts } from './helpers';

const src = { kind: 'text' as const, name: 't.txt' };
const run = (s: string) => extractText(s, src);

describe('plain and Markdown text', () => {
  it('strips heading and bold markers, marks headings, keeps line refs', () => {
    const doc = run('# 某某局2023年政府信息公开工作年度报告\n\n**一、总体情况**\n一是**继续提升质量**。见<http://www.gov.cn/a>\r\n');
    expect(texts(doc).map((b) => [b.text, b.heading ?? false, b.ref])).toEqual([
      ['某某局2023年政府信息公开工作年度报告', true, { kind: 'line', line: 1 }],
      ['一、总体情况', true, { kind: 'line', line: 3 }],
      ['一是继续提升质量。见http://www.gov.cn/a', false, { kind: 'line', line: 4 }],
    ]);
  });

  it('drops page numbers, also inside a table', () => {
    const doc = run('甲\t1\t2\n\n— 3 —\n\n乙\t3\t4\n-4-\n第 5 页\n正文');
    expect(tables(doc)).toHaveLength(1);
    expect(rowTexts(tables(doc)[0]!)).toEqual([['甲', '1', '2'], ['乙', '3', '4']]);
    expect(texts(doc).map((b) => b.text)).toEqual(['正文']);
  });

  it('a lone line with stray tabs stays text; a lone row of values is a table', () => {
    const doc = run('（一）主动公开。\t\n正文\n盐边县人民政府办公室\t2024年1月18日\n\n下一段\n\n2\t3\t0\t0\t5');
    expect(texts(doc).map((b) => b.text)).toEqual(['（一）主动公开。', '正文', '盐边县人民政府办公室 2024年1月18日', '下一段']);
    expect(tables(doc).map(rowTexts)).toEqual([[['2', '3', '0', '0', '5']]]);
  });

  it('two tab tables separated by a heading stay apart', () => {
    const doc = run('a\t1\nb\t2\n\n标题\n\nc\t3\t4');
    expect(tables(doc).map(rowTexts)).toEqual([[['a', '1'], ['b', '2']], [['c', '3', '4']]]);
  });
});

describe('crawl text', () => {
  it('reads an empty cell inside a row, and padding after a short row', () => {
    // Width 4: "x |" + "|||" pads; "b | 5 | | 7 |" has an empty third cell.
    const doc = run(['x |', '|||', 'a |', '1 |', '2 |', '3 |', 'b |', '5 |', '|', '7 |'].join('\n'));
    expect(rowTexts(tables(doc)[0]!)).toEqual([['x'], ['a', '1', '2', '3'], ['b', '5', '', '7']]);
  });

  it('ends the table at a line without a pipe', () => {
    const doc = run(['a |', '1 |', '||', 'b |', '2 |', '下一节'].join('\n'));
    expect(rowTexts(tables(doc)[0]!)).toEqual([['a', '1'], ['b', '2']]);
    expect(texts(doc).map((b) => b.text)).toEqual(['下一节']);
  });
});

describe('crawler metadata header', () => {
  it('pingtan: fields are blocks of their own, title and date taken', () => {
    const doc = extractFile('real/pingtan-2021-crawltext.txt');
    expect(doc.metaTitle).toBe('平潭综合实验区2021年度政府信息公开工作年度报告');
    expect(doc.published).toBe('2022-02-08');
    const t = texts(doc);
    expect(t[0]!.text).toBe('标题: 平潭综合实验区2021年度政府信息公开工作年度报告');
    expect(t[1]!.text).toBe('发布时间: 2022-02-08 16:34');
    expect(t.at(-1)!.text.length).toBeGreaterThan(3000);
    expect(tables(doc)).toHaveLength(0);
  });

  it('splits fields that share one line', () => {
    const doc = run('标题：某县2023年政府信息公开工作年度报告 发布时间：2024年1月5日 文号：\n正文一、总体情况');
    expect(texts(doc).map((b) => b.text)).toEqual([
      '标题：某县2023年政府信息公开工作年度报告',
      '发布时间：2024年1月5日',
      '文号：',
      '正文一、总体情况',
    ]);
    expect(doc.metaTitle).toBe('某县2023年政府信息公开工作年度报告');
    expect(doc.published).toBe('2024-01-05');
  });

  it('a 标题 line deep in the body is ordinary text', () => {
    const doc = run('一\n二\n三\n四\n五\n六\n标题: 不是元数据');
    expect(doc.metaTitle).toBeNull();
  });
});

describe('mangled Markdown from a weak PDF extractor', () => {
  it('shanghai kewei: Markdown headings, pipe fragments as tables, no separator cells', () => {
    const doc = extractFile('real/shanghai-kewei-2024-repoextract.md');
    const heading = texts(doc).find((b) => b.heading);
    expect(heading?.text).toBe('表二：主动公开政府信息情况');
    expect(rowTexts(tables(doc)[0]!)).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['规范性文件', '13', '0', '55'],
    ]);
    const t4 = rowTexts(tables(doc).at(-1)!);
    expect(t4.at(-1)).toEqual(['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0']);
  });

  it('shanghai office: page markers dropped', () => {
    const doc = extractFile('real/shanghai-shizhengfubangongting-2025-repoextract.md');
    expect(texts(doc).some((b) => /^—\s*\d+\s*—$/.test(b.text))).toBe(false);
    expect(tables(doc).length).toBeGreaterThan(0);
  });
});
