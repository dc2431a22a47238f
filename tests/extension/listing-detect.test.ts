// The detector's listing test (through jsdom): a column of report links, named in their text or
// only in their titles, is a listing; a news column is not.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { looksLikeListing } from '../../entrypoints/detect/listing';

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
