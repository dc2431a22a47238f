// The checker against hostile inputs and hostile text: what it prints, what it refuses, and that
// one bad document in a folder is reported while the others are still audited.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hugeHtml } from '../fuzz/hostile';
import { FIXTURES, ROOT, runCli, SEEDS, serve } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-hygiene-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const QUXIAN = join(SEEDS, '004_04aef5a383ab1858.txt');

describe('printed text', () => {
  it('control characters of the document never reach the terminal; JSON keeps them escaped', async () => {
    const text = readFileSync(QUXIAN, 'utf8');
    const hostile = text.replace('渠县 2023 年政府', '渠县 \x1b]0;pwned\x07\x1b[2J\u202e\u009b31m2023 年政府');
    expect(hostile).not.toBe(text);
    const p = join(dir, 'hostile-\x1b[31m-name.txt');
    writeFileSync(p, hostile);
    const human = await runCli([p]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/标题：.*渠县.*\]0;pwned\[2J31m.*2023/);
    expect(human.stdout).toContain('hostile-[31m-name.txt');
    expect(human.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
    const json = await runCli(['--json', p]);
    expect(json.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
    expect(JSON.parse(json.stdout).report.title).toContain('\x1b]0;pwned\x07');
  });

  it('a PDF error says why in full, in the chosen language', async () => {
    const zh = await runCli([join(ROOT, 'tests/fixtures/pdf/encrypted.pdf')]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/^错误：此 PDF 已加密（需要密码才能打开），无法读取：.*encrypted\.pdf\n$/);
    const en = await runCli(['--lang', 'en', join(ROOT, 'tests/fixtures/pdf/encrypted.pdf')]);
    expect(en.stderr).toMatch(/^error: The PDF is encrypted \(it needs a password\): .*encrypted\.pdf\n$/);
  });
});

describe('inputs that are not regular files', () => {
  it('a FIFO and a device are refused at once', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    for (const p of [fifo, '/dev/zero']) {
      const r = await runCli([p]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/不是普通文件/);
    }
  });

  it('"-" reads standard input, whatever its kind', async () => {
    const text = await runCli(['--json', '-'], {}, readFileSync(QUXIAN));
    expect(text.code).toBe(0);
    expect(JSON.parse(text.stdout).source).toEqual({ kind: 'text', name: '-' });
    const pdf = await runCli(['--json', '-'], {}, readFileSync(join(ROOT, 'assets/samples/hongze-2023.pdf')));
    expect(pdf.code).toBe(1);
    expect(JSON.parse(pdf.stdout).source).toEqual({ kind: 'pdf', name: '-' });
  });
});

describe('limits per document', () => {
  it('a document past the time or memory limit is reported and the folder run goes on', async () => {
    const folder = join(dir, 'batch');
    mkdirSync(folder);
    copyFileSync(QUXIAN, join(folder, 'a-report.txt'));
    const slow = hugeHtml();
    writeFileSync(join(folder, `b-${slow.name}`), slow.bytes);
    copyFileSync(join(FIXTURES, 'not-a-report.txt'), join(folder, 'c-other.txt'));
    // The huge page needs more memory than 200 MB (and is stopped long before 60 s); 60 s is ample
    // for the small files even when the whole test suite loads the machine.
    const r = await runCli(['--json', '--timeout', '60', '--max-memory', '200', folder]);
    expect(r.code).toBe(2);
    const items = JSON.parse(r.stdout) as { input: string; status: string; error: string | null }[];
    expect(items.map((i) => i.status)).toEqual(['ok', 'input-error', 'not-a-report']);
    expect(items[1]!.error).toMatch(/处理超时（60 秒）|处理时内存超过 200 MB 上限/);
  }, 180_000);

  it('a document past --max-memory is reported as unreadable', async () => {
    const big = hugeHtml();
    const p = join(dir, big.name);
    writeFileSync(p, big.bytes);
    const r = await runCli(['--max-memory', '160', '--timeout', '60', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/内存超过 160 MB 上限/);
  });

  it('bad limit values are usage errors', async () => {
    expect((await runCli(['--timeout', '0', QUXIAN])).stderr).toMatch(/--timeout 需要不小于 1 的数值/);
    expect((await runCli(['--max-memory=abc', QUXIAN])).code).toBe(2);
  });
});

describe('redirects', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await serve((req, res) => {
      const to: Record<string, string> = {
        '/to-loopback': `${url}/report`,
        '/to-localhost': `http://localhost:${new URL(url).port}/report`,
        '/to-file': 'file:///etc/passwd',
      };
      if (req.url! in to) {
        res.writeHead(302, { location: to[req.url!]! });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(readFileSync(QUXIAN));
      }
    }));
  });
  afterAll(() => server.close());

  it('the address given is fetched, but redirects only go to public http(s) hosts', async () => {
    expect((await runCli([`${url}/report`])).code).toBe(0);
    for (const path of ['/to-loopback', '/to-localhost', '/to-file']) {
      const r = await runCli([`${url}${path}`]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/重定向到了非公网或非 http\(s\) 地址/);
    }
  });
});
