// The detector's listing test (through jsdom): a column of report links, named in their text or
// only in their titles, is a listing; a news column is not. The detector looks at the links only
// on a page named as a report or a disclosure column; the popup's "find report links" anywhere.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectedOn } from './detector-path';
import { looksLikeListing } from '../../entrypoints/detect/listing';
import { namesDisclosure } from '../../entrypoints/detect/names';
import { scanLinks, scriptFor } from '../../entrypoints/detect/scan';

const page = (body: string) => new JSDOM(`<!doctype html><html><head><title>政务公开</title></head><body>${body}</body></html>`, { url: 'http://www.xx.gov.cn/col/nb/index.html' }).window.document;
const link = (year: number, text: string, title = '') => `<li><a href="/art/${year}.html"${title ? ` title="${title}"` : ''}>${text}</a></li>`;

describe('listing detection', () => {
  it('finds a column of reports named in the link text', () => {
    expect(looksLikeListing(page(`<ul>${[2021, 2022, 2023].map((y) => link(y, `某某区${y}年政府信息公开工作年度报告`)).join('')}</ul>`))).toBe(true);
  });

  it('finds one whose link texts are cut short and name the report only in their titles', () => {
    const items = [2021, 2022, 2023].map((y) => link(y, `某某区${y}年政府信息公开工作…`, `某某区${y}年政府信息公开工作年度报告`)).join('');
    expect(looksLikeListing(page(`<ul>${items}</ul>`))).toBe(true);
  });

  it('leaves a news column alone, and a page with fewer than three reports', () => {
    expect(looksLikeListing(page(`<ul>${[1, 2, 3, 4].map((k) => link(k, `关于政务公开工作的第${k}条新闻`)).join('')}</ul>`))).toBe(false);
    expect(looksLikeListing(page(`<ul>${[2022, 2023].map((y) => link(y, `某某区${y}年政府信息公开工作年度报告`)).join('')}</ul>`))).toBe(false);
  });
});

describe('what the detector looks at by itself, and the popup on request', () => {
  const at = (title: string, body: string, head = '') =>
    new JSDOM(`<!doctype html><html><head><title>${title}</title>${head}</head><body>${body}</body></html>`, { url: 'http://www.xx.gov.cn/col/1/index.html' }).window.document;
  const news = (k: number) => `<li><a href="/news/${k}.html">关于做好第${k}批重点工作的通知</a></li>`;
  const reports = [2021, 2022, 2023].map((y) => link(y, `某某区${y}年政府信息公开工作年度报告`)).join('');

  it('gives chips to a disclosure column whose body reads like any other page', () => {
    const doc = at('信息公开 - 某某区人民政府', `<div class="nav">首页 新闻动态 通知公告</div><ul>${news(1)}${reports}${news(2)}</ul>`);
    expect(namesDisclosure(doc)).toBe(true);
    expect(detectedOn(doc)).toEqual(['listing']);
    // Named only in its ColumnName, its first h2 (no h1), or an h2 after an empty logo h1.
    expect(detectedOn(at('某某区人民政府', `<ul>${reports}</ul>`, '<meta name="ColumnName" content="政府信息公开年报">'))).toEqual(['listing']);
    expect(detectedOn(at('某某区人民政府', `<ul>${reports}</ul>`, '<meta name="columnname" content="政府信息公开年报">'))).toEqual(['listing']);
    expect(detectedOn(at('某某区人民政府', `<h2>政务公开</h2><ul>${reports}</ul>`))).toEqual(['listing']);
    expect(detectedOn(at('某某区人民政府', `<h1><img alt="logo"></h1><h2>政务公开</h2><ul>${reports}</ul>`))).toEqual(['listing']);
  });

  it('leaves the links of a news column alone, and the popup still finds them', () => {
    const body = `<h1>新闻动态</h1><ul>${news(1)}${reports}${news(2)}</ul><p><a href="/files/2023年报.pdf">下载</a></p>`;
    const doc = at('新闻动态_某某县人民政府', body, '<meta name="ColumnName" content="新闻动态"><meta name="Keywords" content="政府信息公开,年度报告">');
    expect(namesDisclosure(doc)).toBe(false);
    expect(detectedOn(doc)).toEqual([]);
    expect(detectedOn(at('通知公告', body))).toEqual([]);
    const found = scanLinks(doc);
    expect(found).toEqual({ links: 3, listing: true, files: 1 });
    expect(scriptFor(found)).toBe('chips');
  });

  it('on request: buttons for a stray report file, chips for one or two report links, nothing else', () => {
    const one = at('新闻动态', `<ul>${news(1)}${link(2023, '某某区2023年政府信息公开工作年度报告')}</ul>`);
    expect(detectedOn(one)).toEqual([]);
    expect(scanLinks(one)).toEqual({ links: 1, listing: false, files: 0 });
    expect(scriptFor(scanLinks(one))).toBe('chips');
    const file = at('通知公告', `<h1>关于召开会议的通知</h1><a href="/files/a.pdf">某某局2023年政府信息公开工作年度报告</a>`);
    expect(detectedOn(file)).toEqual([]);
    expect(scriptFor(scanLinks(file))).toBe('attachments');
    expect(scriptFor(scanLinks(at('新闻动态', `<ul>${news(1)}${news(2)}</ul>`)))).toBeNull();
  });
});
