import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { runCli, serve } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

/** A bad input: exit 2, nothing on stdout, one line on stderr matching `message`. */
async function expectInputError(args: string[], message: RegExp) {
  const r = await runCli(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(message);
}

describe('options', () => {
  it('--help and --version exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/用法：npm run audit/);
    expect(help.stdout).toMatch(/--json/);
    expect((await runCli(['--help', '--lang', 'en'])).stdout).toMatch(/^Usage: npm run audit/m);
    const v = await runCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^nianbao-audit \d+\.\d+\.\d+\n$/);
  });

  it('usage errors exit 2 with one line', async () => {
    await expectInputError([], /^错误：缺少输入/);
    await expectInputError(['--frobnicate', 'x.txt'], /未知选项：--frobnicate/);
    await expectInputError(['--lang', 'fr', 'x.txt'], /--lang 只能是 zh 或 en/);
    await expectInputError(['--lang=en', '--frobnicate'], /^error: unknown option: --frobnicate/);
  });
});

describe('bad inputs', () => {
  it('missing file, in zh and en', async () => {
    await expectInputError([join(dir, 'nope.txt')], /^错误：找不到文件：.*nope\.txt/);
    await expectInputError(['--lang', 'en', join(dir, 'nope.txt')], /^error: File not found: .*nope\.txt/);
  });

  it('empty file, whitespace-only file', async () => {
    await expectInputError([file('empty.txt', '')], /文件是空的/);
    await expectInputError(['--json', file('blank.md', ' \n\n\t\n')], /文件是空的/);
  });

  it('binary junk, with or without a text extension', async () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    await expectInputError([file('junk.txt', junk)], /不是文本、HTML 或 PDF 文件/);
    await expectInputError([file('archive.zip', Uint8Array.of(0x50, 0x4b, 3, 4, 0, 0, 0, 0))], /二进制/);
  });

  it('a file over 20 MB is refused before it is read', async () => {
    const big = file('big.txt', '');
    truncateSync(big, 21 * 1024 * 1024);
    await expectInputError([big], /超过 20 MB 上限（21\.0 MB）/);
  });

  it('a folder with nothing to audit', async () => {
    const empty = join(dir, 'empty-folder');
    mkdirSync(join(empty, 'sub'), { recursive: true });
    writeFileSync(join(empty, 'sub', 'notes.docx'), 'x');
    await expectInputError([empty], /文件夹中没有可审计的文件/);
  });
});

describe('URLs', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await serve((req, res) => {
      res.writeHead(req.url === '/missing' ? 404 : 500);
      res.end('no');
    }));
  });
  afterAll(() => server.close());

  it('HTTP errors and refused connections exit 2', async () => {
    await expectInputError([`${url}/missing`], /下载失败：.*（HTTP 404）/);
    await expectInputError(['--lang', 'en', `${url}/boom`], /^error: Download failed: .*\(HTTP 500\)/);
    const closed = await serve(() => {});
    const closedUrl = closed.url;
    await new Promise((r) => closed.server.close(r));
    await expectInputError([`${closedUrl}/x.txt`], /下载失败：.*ECONNREFUSED/);
  });

  it('an invalid URL exits 2', async () => {
    await expectInputError(['http://'], /网址无效/);
  });
});
