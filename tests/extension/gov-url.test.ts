// The addresses the extension treats as gov.cn documents: the takeover rule's pattern and the
// viewer's check of its file= parameter must agree.
import { describe, expect, it } from 'vitest';
import { attachmentKind, fileParam, GOV_PDF_URL_REGEX, isGovCnUrl, isGovPdfUrl } from '../../lib/messages/gov-url';

describe('gov.cn addresses', () => {
  it.each([
    'http://www.gov.cn/zhengce/a.pdf',
    'https://xxgk.quxian.gov.cn/files/2023年报.pdf',
    'http://gov.cn:8080/a.PDF?x=1#page=2',
  ])('accepts %s', (url) => {
    expect(isGovCnUrl(url)).toBe(true);
    expect(isGovPdfUrl(url)).toBe(true);
  });

  it.each([
    'http://gov.cn.evil.example/a.pdf',
    'http://evilgov.cn/a.pdf',
    'http://user:pw@www.gov.cn/a.pdf',
    'http://evil.example@www.gov.cn/a.pdf',
    'file:///etc/passwd.gov.cn/a.pdf',
    'javascript:alert(1)//gov.cn/a.pdf',
    'ftp://www.gov.cn/a.pdf',
    'data:application/pdf,x.gov.cn/a.pdf',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isGovPdfUrl(url)).toBe(false);
    expect(new RegExp(GOV_PDF_URL_REGEX).test(url) && isGovCnUrl(url)).toBe(false);
  });

  it('takes a download address without .pdf as gov.cn but not as a PDF name', () => {
    expect(isGovCnUrl('http://xxgk.quxian.gov.cn/download?f=a.pdf')).toBe(true);
    expect(isGovPdfUrl('http://xxgk.quxian.gov.cn/download?f=a.pdf')).toBe(false);
  });

  it('reads the unencoded file parameter with its own query and fragment', () => {
    expect(fileParam('chrome-extension://id/viewer.html?file=http://a.gov.cn/x.pdf?y=1&z=2#p')).toBe('http://a.gov.cn/x.pdf?y=1&z=2#p');
    expect(fileParam('chrome-extension://id/viewer.html')).toBeNull();
    expect(fileParam('chrome-extension://id/viewer.html?file=')).toBeNull();
  });

  it('names attachment kinds by path', () => {
    expect(attachmentKind('http://a.gov.cn/f/report.PDF')).toBe('pdf');
    expect(attachmentKind('http://a.gov.cn/f/report.docx?v=1')).toBe('docx');
    expect(attachmentKind('http://a.gov.cn/f/report.doc')).toBe('legacy');
    expect(attachmentKind('http://a.gov.cn/f/report.wps')).toBe('legacy');
    expect(attachmentKind('http://a.gov.cn/f/report.html')).toBeNull();
  });
});
