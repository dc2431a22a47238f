import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { extractText } from '../../lib/extract/text/index';
import { InputError } from '../../lib/node/errors';
import { corpusPath } from '../helpers/corpus';
import { fetchBytes } from '../../lib/node/fetch';
import { listFolder } from '../../lib/node/files';
import { kindFromContent, kindFromContentType, kindFromName } from '../../lib/node/kind';
import { loadDocument } from '../../lib/node/load';
import { FIXTURES, SEEDS, serve } from './helpers';

const GBK = join(FIXTURES, 'quxian-2023.gbk.txt');
const SEED = join(SEEDS, '004_04aef5a383ab1858.txt');
const tmp = mkdtempSync(join(tmpdir(), 'nianbao-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const seedDoc = () => extractText(readFileSync(SEED, 'utf8'), { kind: 'text', name: 'x' });

async function inputError(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe('loadDocument on files', () => {
  it('decodes a GBK file to the same document as its UTF-8 original', async () => {
    const doc = await loadDocument(GBK);
    expect(doc.source).toEqual({ kind: 'text', name: 'quxian-2023.gbk.txt' });
    expect(doc.blocks).toEqual(seedDoc().blocks);
  });

  it('dispatches by content before extension: %PDF- in a .txt goes to the PDF extractor', async () => {
    const p = join(tmp, 'report.txt');
    writeFileSync(p, '%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n');
    const e = await inputError(loadDocument(p));
    expect(e.code).toBe('pdf-unreadable');
    expect(e.localized('zh')).toMatch(/PDF/);
  });

  it('hands HTML to the HTML extractor, with the file name as source', async () => {
    const doc = await loadDocument(corpusPath('html/seed-000-yanbian-2023.b.html'));
    expect(doc.source).toMatchObject({ kind: 'html', name: 'seed-000-yanbian-2023.b.html' });
    expect(doc.blocks.filter((b) => b.kind === 'table').length).toBeGreaterThanOrEqual(3);
  });
});

describe('input kinds', () => {
  it('reads kinds from names, content types and first bytes', () => {
    expect(kindFromName('a/B.PDF')).toBe('pdf');
    expect(kindFromName('x.shtml?id=3')).toBe('html');
    expect(kindFromName('x.md')).toBe('text');
    expect(kindFromName('x.docx')).toBeNull();
    expect(kindFromContentType('text/html; charset=gb2312')).toBe('html');
    expect(kindFromContentType('application/pdf')).toBe('pdf');
    expect(kindFromContentType('application/octet-stream')).toBeNull();
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(kindFromContent(bytes('%PDF-1.4\n'))).toBe('pdf');
    expect(kindFromContent(bytes('\uFEFF  <!doctype HTML><html>'))).toBe('html');
    expect(kindFromContent(bytes('<!-- saved --><html lang="zh">'))).toBe('html');
    expect(kindFromContent(bytes('一、总体情况 <html>'))).toBeNull();
  });
});

describe('URLs', () => {
  let server: Server;
  let url: string;
  const gbk = readFileSync(GBK);
  beforeAll(async () => {
    ({ server, url } = await serve((req, res) => {
      if (req.url === '/report') {
        res.writeHead(200, { 'content-type': 'text/plain; charset=GBK' });
        res.end(gbk);
      } else if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('年'.repeat(600));
        res.end('报'.repeat(600));
      } else if (req.url === '/declared-big') {
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(5000) });
        res.end('x'.repeat(5000));
      } else if (req.url === '/hang') {
        // never answers
      } else {
        res.writeHead(404);
        res.end();
      }
    }));
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('fetches text, decoding by the Content-Type charset', async () => {
    const doc = await loadDocument(`${url}/report`);
    expect(doc.source).toEqual({ kind: 'text', name: `${url}/report`, url: `${url}/report` });
    expect(doc.blocks).toEqual(seedDoc().blocks);
  });

  it('times out', async () => {
    const e = await inputError(fetchBytes(`${url}/hang`, { timeoutMs: 300 }));
    expect(e.code).toBe('fetch-timeout');
    expect(e.localized('zh')).toBe(`下载超时（0.3 秒）：${url}/hang`);
  });

  it('caps the size, declared or streamed', async () => {
    expect((await inputError(fetchBytes(`${url}/big`, { maxBytes: 3000 }))).code).toBe('fetch-too-large');
    expect((await inputError(fetchBytes(`${url}/declared-big`, { maxBytes: 4000 }))).code).toBe('fetch-too-large');
    expect((await fetchBytes(`${url}/big`, { maxBytes: 4000 })).bytes.length).toBe(3600);
  });
});

describe('folders', () => {
  it('lists supported files recursively and sorted, skipping hidden entries', async () => {
    const dir = join(tmp, 'folder');
    for (const p of ['b/z.pdf', 'b/a.htm', 'a.txt', 'c.md', 'notes.docx', '.hidden/x.txt', 'node_modules/y.txt']) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), 'x');
    }
    const files = (await listFolder(dir)).map((p) => p.slice(dir.length + 1));
    expect(files).toEqual(['a.txt', 'b/a.htm', 'b/z.pdf', 'c.md']);
  });

  it('a path that is not a folder cannot be listed', async () => {
    const e = await inputError(listFolder(GBK));
    expect(e.code).toBe('folder-unreadable');
    expect(e.localized('en')).toMatch(/^Cannot read the folder: .*\(ENOTDIR\)$/);
  });
});
