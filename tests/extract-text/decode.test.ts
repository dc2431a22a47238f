import { describe, expect, it } from 'vitest';
import {
  charsetFromContentType,
  decodeBytes,
  sniffBinary,
  sniffHtmlCharset,
} from '../../lib/source/decode';

const hex = (s: string) => Uint8Array.from(s.split(/\s+/).filter(Boolean), (h) => parseInt(h, 16));
const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const ascii = (s: string) => new TextEncoder().encode(s);

// Written with Python's str.encode('gbk') when the test was authored.
const TITLE = '静乐县2023年政府信息公开工作年度报告';
const TITLE_GBK = hex(
  'be b2 c0 d6 cf d8 32 30 32 33 c4 ea d5 fe b8 ae d0 c5 cf a2 b9 ab bf aa b9 a4 d7 f7 c4 ea b6 c8 b1 a8 b8 e6',
);
const HEADING_GBK = hex('d2 bb a1 a2 d7 dc cc e5 c7 e9 bf f6'); // 一、总体情况

describe('decodeBytes', () => {
  it('decodes GBK bytes (年报 = C4 EA B1 A8)', () => {
    expect(decodeBytes(hex('c4 ea b1 a8'))).toEqual({ text: '年报', encoding: 'gb18030' });
    const d = decodeBytes(cat(TITLE_GBK, ascii('\n'), HEADING_GBK));
    expect(d.text).toBe(`${TITLE}\n一、总体情况`);
  });

  it('prefers valid UTF-8 even when the hint says gb2312', () => {
    expect(decodeBytes(ascii(TITLE), 'gb2312')).toEqual({ text: TITLE, encoding: 'utf-8' });
  });

  it('uses the hint when UTF-8 fails', () => {
    expect(decodeBytes(TITLE_GBK, 'GB2312')).toEqual({ text: TITLE, encoding: 'gbk' });
  });

  it('reads GB18030 four-byte sequences', () => {
    expect(decodeBytes(hex('95 32 82 36 c4 ea')).text).toBe('𠀀年');
  });

  it('honours BOMs and strips them', () => {
    expect(decodeBytes(cat(hex('ef bb bf'), ascii('年报'))).text).toBe('年报');
    expect(decodeBytes(hex('ff fe 74 5e a5 62'))).toEqual({ text: '年报', encoding: 'utf-16le' });
    expect(decodeBytes(hex('fe ff 5e 74 62 a5'))).toEqual({ text: '年报', encoding: 'utf-16be' });
  });
});

describe('sniffBinary', () => {
  it('accepts text in UTF-8, GBK and UTF-16 with BOM', () => {
    expect(sniffBinary(ascii(`${TITLE}\n\t表\r\n`))).toBeNull();
    expect(sniffBinary(TITLE_GBK)).toBeNull();
    expect(sniffBinary(hex('ff fe 74 5e a5 62 0a 00'))).toBeNull();
  });

  it('refuses NULs, control characters and undecodable bytes', () => {
    expect(sniffBinary(cat(ascii('PK'), hex('03 04 00 00 14 00')))).toBe('nul');
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 10 === 0 ? 0x07 : 0x41));
    expect(sniffBinary(controls)).toBe('control');
    expect(sniffBinary(hex('c4 ea ff fe fd 41 ff 80 ff'))).toBe('undecodable');
  });
});

describe('charset declarations', () => {
  it('finds <meta charset> and http-equiv declarations', () => {
    expect(sniffHtmlCharset(ascii('<html><head><meta charset="GB2312"></head>'))).toBe('gbk');
    expect(
      sniffHtmlCharset(ascii('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />')),
    ).toBe('utf-8');
    expect(sniffHtmlCharset(ascii('<?xml version="1.0" encoding="gb18030"?><html>'))).toBe('gb18030');
    expect(sniffHtmlCharset(ascii('<html><head><title>x</title>'))).toBeNull();
    expect(sniffHtmlCharset(ascii('<meta charset="no-such-charset">'))).toBeNull();
  });

  it('reads the charset of a Content-Type header', () => {
    expect(charsetFromContentType('text/html; charset=GBK')).toBe('gbk');
    expect(charsetFromContentType('text/plain')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });
});
