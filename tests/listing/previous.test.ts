// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { previousCandidates } from '../../lib/listing/previous';

const BASE = 'http://www.quxian.gov.cn/zwgk/nb/2024/t1.html';
const page = (body: string) => new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');

describe('previousCandidates', () => {
  it('a 上一篇 link titled with last year\'s report of the organ is named; the breadcrumb\'s column is a column', () => {
    const doc = page(`<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/nb/">政府信息公开年报</a></div>
      <h1>渠县2023年政府信息公开工作年度报告</h1>
      <p>上一篇：<a href="/zwgk/nb/2023/t9.html">渠县2022年政府信息公开工作年度报告</a></p>
      <p>下一篇：<a href="/zwgk/nb/2024/t2.html">渠县财政局2023年政府信息公开工作年度报告</a></p>
      <a href="http://www.other.gov.cn/nb/2022.html">渠县2022年政府信息公开工作年度报告</a>`);
    expect(previousCandidates(doc, BASE, '渠县', 2023)).toEqual({
      named: ['http://www.quxian.gov.cn/zwgk/nb/2023/t9.html'],
      adjacent: [],
      columns: ['http://www.quxian.gov.cn/zwgk/nb/'],
    });
  });

  it('bare 上一篇/下一篇 links are to be looked at; another organ\'s or another year\'s report is not named', () => {
    const doc = page(`<a href="/a.html">上一篇</a> <a href="/b.html">下一篇：</a>
      <a href="/c.html">渠县财政局2022年政府信息公开工作年度报告</a><a href="/d.html">渠县2021年政府信息公开工作年度报告</a>`);
    expect(previousCandidates(doc, BASE, '渠县', 2023)).toEqual({
      named: [],
      adjacent: ['http://www.quxian.gov.cn/a.html', 'http://www.quxian.gov.cn/b.html'],
      columns: [],
    });
  });
});
