// The cheap detector on every corpus HTML page (through jsdom): reports pass, and of the
// negatives only those that quote the report's title and labels get through (the full audit
// then rejects them).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { looksLikeReport, namesReport } from '../../entrypoints/detect/detect';
import { squash } from '../../entrypoints/detect/names';
import { CORPUS, corpusDocs, hasCorpus } from '../e2e/corpus';

const html = corpusDocs().filter((d) => d.format === 'html');
const page = (path: string) => new JSDOM(readFileSync(join(CORPUS, path))).window.document;

describe.skipIf(!hasCorpus)('detector on the corpus', () => {
  it.each(html.filter((d) => d.expect === 'report').map((d) => [d.id, d.path]))('detects %s', (_id, path) => {
    expect(looksLikeReport(page(path))).toBe(true);
  });

  it.each([
    'negative-fazhi-quxian-2023',
    'negative-listing-jingle',
    'negative-news-panzhihua-2024',
    'negative-website-form-yanbian-2023',
  ])('lets %s pass without the full audit', (id) => {
    const doc = html.find((d) => d.id === id)!;
    expect(looksLikeReport(page(doc.path))).toBe(false);
  });
});

describe('detector on small pages', () => {
  const doc = (body: string, title = '') =>
    new JSDOM(`<html><head><title>${title}</title></head><body>${body}</body></html>`).window.document;

  it('needs both a report title and the labels of table 三', () => {
    const labels = '<table><tr><td>申请人情况</td></tr><tr><td>一、本年新收政府信息公开申请数量</td></tr></table>';
    expect(looksLikeReport(doc(labels, 'XX区2024年政府信息公开工作年度报告'))).toBe(true);
    expect(looksLikeReport(doc(`<h1>XX 区 2024 年政府信息公开工作年度报告</h1>${labels}`))).toBe(true);
    expect(looksLikeReport(doc(labels, 'XX区2024年法治政府建设年度报告'))).toBe(false);
    expect(looksLikeReport(doc('<p>本年新收</p>', 'XX区2024年政府信息公开工作年度报告'))).toBe(false);
  });
});

describe('detector text scan', () => {
  const doc = (body: string) =>
    new JSDOM(`<title>某县2023年政府信息公开工作年度报告</title><body>${body}</body>`).window.document;

  it('finds labels split across elements and chunks, as in the text of the page', () => {
    const filler = '<p>' + '政务公开'.repeat(3000) + '</p>';
    expect(looksLikeReport(doc(`${filler}<td>本年<b>新收</b></td>${filler}<td>上年结</td><td>转</td>`))).toBe(true);
    expect(looksLikeReport(doc(`${filler}<td>本年新收</td>`))).toBe(false);
  });

  it('needs the title', () => {
    const page = new JSDOM('<title>通知</title><body><td>本年新收</td><td>上年结转</td></body>').window.document;
    expect(looksLikeReport(page)).toBe(false);
  });
});

describe('detector title tests without regular expressions', () => {
  // What the detector's hand-written tests stand for.
  const TITLE = /政府信息公开.{0,12}(年度报告|年报)/;
  const titles = [
    '某某县2023年政府信息公开工作年度报告',
    '政府信息公开年报',
    '政府信息公开123456789012年报',
    '政府信息公开1234567890123年报',
    '政府信息公开工作年度报告的解读',
    '政府信息公开指南 政府信息公开2023年度报告',
    '政府信息公开',
    '年度报告政府信息公开',
    '政务公开年报',
    '',
  ];
  it.each(titles)('%s: as the pattern says', (t) => {
    expect(namesReport(squash(t))).toBe(TITLE.test(t.replace(/\s+/g, '')));
  });

  it('white space goes as \\s says, CJK and no-break spaces included', () => {
    const s = ' 政\t府\n信\u3000息\u00a0公\u2003开\ufeff年\u202f报 ';
    expect(squash(s)).toBe(s.replace(/\s+/g, ''));
  });
});
