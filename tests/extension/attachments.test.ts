// Which links and embeds of a gov.cn page get an audit button (through jsdom).

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../entrypoints/detect/attachments';
import { detectedOn } from './detector-path';
import { scanLinks, scriptFor } from '../../entrypoints/detect/scan';

const page = (title: string, body: string) =>
  new JSDOM(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`, { url: 'http://www.xx.gov.cn/art/1.html' }).window.document;
const urls = (doc: Document) => findCandidates(doc).map((c) => `${c.kind} ${c.url}`);

describe('attachment candidates', () => {
  it('on a page about a report: every readable file, whatever the case or query of its address', () => {
    const doc = page('某某县2023年政府信息公开工作年度报告', `
      <a href="/files/report.PDF?v=2">附件</a> <a href="report.docx">附件2</a> <a href="old.wps">附件3</a>
      <a href="/news/1.html">新闻</a> <a href="http://example.org/x.pdf">外站</a>
      <iframe src="/pdfjs/web/viewer.html?file=/files/embedded.pdf"></iframe>`);
    expect(urls(doc)).toEqual([
      'pdf http://www.xx.gov.cn/files/report.PDF?v=2',
      'docx http://www.xx.gov.cn/art/report.docx',
      'legacy http://www.xx.gov.cn/art/old.wps',
      'pdf http://www.xx.gov.cn/files/embedded.pdf',
    ]);
  });

  // (The detector itself runs this on a page named as a report or a disclosure column only; the
  // popup's "find report links" on any page.)
  it('on any other page: only files whose link text or name speaks of a report', () => {
    const doc = page('通知公告', `
      <h1>关于印发工作方案的通知</h1>
      <a href="/files/fangan.pdf">工作方案</a>
      <a href="/files/a1.pdf">某某局2023年政府信息公开工作年度报告</a>
      <a href="/files/2023年报.pdf">下载</a>
      <a href="/files/b.pdf?id=3">某某局2022年政府信息公开工作年度报告</a>`);
    // The last one's address does not end in the file name: on an ordinary page it is not looked at.
    expect(urls(doc)).toEqual(['pdf http://www.xx.gov.cn/files/a1.pdf', `pdf http://www.xx.gov.cn/files/2023${encodeURIComponent('年报')}.pdf`]);
  });

  it('reads a report named only in the page heading', () => {
    const doc = page('政务公开', '<h2>2023年政府信息公开年报</h2><a href="/f/x.pdf">附件</a>');
    expect(urls(doc)).toEqual(['pdf http://www.xx.gov.cn/f/x.pdf']);
  });
});

describe('attachment buttons by the detector itself', () => {
  it('on a page named as a report or a disclosure column only; on any page through the popup', () => {
    const stray = '<a href="/files/a1.pdf">某某局2023年政府信息公开工作年度报告</a>';
    const report = page('某某局2023年政府信息公开工作年度报告', '<a href="/files/a1.pdf">附件</a>');
    expect(detectedOn(report)).toEqual(['attachments']);
    expect(detectedOn(page('政务公开 - 某某区人民政府', stray))).toEqual(['attachments']);
    // A notice with one stray report attachment: not looked at by itself, found on request.
    const notice = page('通知公告', `<h1>关于召开会议的通知</h1>${stray}`);
    expect(detectedOn(notice)).toEqual([]);
    expect(urls(notice)).toEqual(['pdf http://www.xx.gov.cn/files/a1.pdf']);
    expect(scriptFor(scanLinks(notice))).toBe('attachments');
  });
});
