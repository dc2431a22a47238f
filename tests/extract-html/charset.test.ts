// @vitest-environment node
// GBK pages: the fixtures were written once with Python's str.encode('gbk') from corpus page
// seed-004-quxian-2023.b.html (Node cannot encode GBK): one declares gb2312 in a http-equiv
// meta, the other declares nothing.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtmlFile } from '../../lib/node/html';
import { CORPUS, FIXTURES, denseTexts, extractFile, standardTables } from './helpers';

const utf8 = extractFile(join(CORPUS, 'html/seed-004-quxian-2023.b.html'));
const blocksOf = (d: ReturnType<typeof extractFile>) =>
  d.blocks.map((b) => (b.kind === 'table' ? denseTexts(b) : b.kind === 'text' ? b.text : b.kind));

describe('charset', () => {
  it('the fixtures really are GBK, not UTF-8', () => {
    const bytes = readFileSync(join(FIXTURES, 'quxian-2023-b.gbk.html'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('decodes a page declaring gb2312 in <meta http-equiv>', () => {
    const d = extractFile(join(FIXTURES, 'quxian-2023-b.gbk.html'));
    expect(d.metaTitle).toBe('渠县2023年政府信息公开工作年度报告');
    expect(blocksOf(d)).toEqual(blocksOf(utf8));
    expect(denseTexts(standardTables(d).applications!)[2]![4]).toBe('商业企业');
  });

  it('decodes an undeclared GBK page (not valid UTF-8 → GB18030)', () => {
    expect(blocksOf(extractFile(join(FIXTURES, 'quxian-2023-b.gbk-undeclared.html')))).toEqual(blocksOf(utf8));
  });

  it('takes the Content-Type charset as a string or as { charset }', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'quxian-2023-b.gbk-undeclared.html')));
    const source = { kind: 'html', name: 'x.html' } as const;
    expect(extractHtmlFile(bytes, source, 'GBK').metaTitle).toBe(utf8.metaTitle);
    expect(extractHtmlFile(bytes, source, { charset: 'gb2312' }).metaTitle).toBe(utf8.metaTitle);
  });

  it('a UTF-8 page wrongly declared gb2312 still reads as UTF-8', () => {
    const html = '<html><head><meta charset="gb2312"><title>年度报告</title></head><body><p>政府信息公开</p></body></html>';
    const d = extractHtmlFile(new TextEncoder().encode(html), { kind: 'html', name: 'x.html' });
    expect(d.blocks).toEqual([expect.objectContaining({ text: '政府信息公开' })]);
  });
});
