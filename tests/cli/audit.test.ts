import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AuditSchema, type AuditResult } from '../../lib/audit/schema';
import { FIXTURES, runCli, SEEDS } from './helpers';

const YANBIAN = join(SEEDS, '000_91be53a5396d6013.txt');
const QUXIAN = join(SEEDS, '004_04aef5a383ab1858.txt');
const NOT_A_REPORT = join(FIXTURES, 'not-a-report.txt');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Seed 004 with （七）总计·总计 changed from 103 to 104: table 三 no longer adds up. */
function brokenQuxian(): string {
  const text = readFileSync(QUXIAN, 'utf8');
  const broken = text.replace(/^(\(七\) 总计\t\t103(?:\t0){5}\t)103/m, '$1104');
  expect(broken).not.toBe(text);
  const p = join(dir, 'quxian-broken.txt');
  writeFileSync(p, broken);
  return p;
}

const json = (stdout: string): AuditResult => AuditSchema.parse(JSON.parse(stdout));

describe('--json', () => {
  it('a clean report: exit 0 and the audit JSON of the contract', async () => {
    const r = await runCli(['--json', QUXIAN]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const a = json(r.stdout);
    expect(a.source).toEqual({ kind: 'text', name: '004_04aef5a383ab1858.txt' });
    expect(a.report?.year).toBe(2023);
    expect(a.tables.active.cells['fees.amount']).toBe(3135.6);
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a GBK file audits exactly like its UTF-8 original', async () => {
    const gbk = json((await runCli(['--json', join(FIXTURES, 'quxian-2023.gbk.txt')])).stdout);
    const utf8 = json((await runCli(['--json', QUXIAN])).stdout);
    expect({ ...gbk, source: null }).toEqual({ ...utf8, source: null });
  });

  it('error findings: exit 1', async () => {
    const r = await runCli(['--json', brokenQuxian()]);
    expect(r.code).toBe(1);
    expect(json(r.stdout).findings.some((f) => f.severity === 'error')).toBe(true);
  });

  it('not a report: exit 3 with report null', async () => {
    const r = await runCli(['--json', NOT_A_REPORT]);
    expect(r.code).toBe(3);
    expect(json(r.stdout).report).toBeNull();
  });
});

describe('human output', () => {
  it('zh: metadata, sections, tables, findings with official cell labels, verdict', async () => {
    const r = await runCli([YANBIAN]);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).not.toMatch(/\x1b\[/);
    expect(out).toMatch(/^标题：攀枝花市盐边县人民政府办公室2023年政府信息公开工作年度报告$/m);
    expect(out).toMatch(/^年度：2023/m);
    expect(out).toMatch(/✓ 六、其他需要报告的事项/);
    expect(out).toMatch(/✓ 表四 政府信息公开行政复议、行政诉讼情况 +10\/15 个单元格有数值/);
    expect(out).toMatch(/警告（1）/);
    expect(out).toMatch(/单元格：表四“行政复议”行“结果维持”列/);
    expect(out).toMatch(/^结论：未发现错误；有 1 个警告需要人工核对。$/m);
  });

  it('en, with colour forced', async () => {
    const r = await runCli(['--lang', 'en', '--color', brokenQuxian()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\x1b\[31m/);
    const plain = r.stdout.replace(/\x1b\[\d+m/g, '');
    expect(plain).toMatch(/^Verdict: (?:1 error|[2-9]\d* errors)\b/m);
    expect(plain).toMatch(/expected \d+, actual \d+/);
    expect(plain).toMatch(/Table 3, row "（七）总计", column "总计"/);
  });

  it('--no-color wins over --color', async () => {
    const r = await runCli(['--color', '--no-color', NOT_A_REPORT]);
    expect(r.code).toBe(3);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toMatch(/这不是政府信息公开工作年度报告/);
  });
});

describe('folders and several inputs', () => {
  const folder = join(dir, 'reports');
  mkdirSync(join(folder, 'sub'), { recursive: true });
  copyFileSync(YANBIAN, join(folder, 'b-yanbian.txt'));
  copyFileSync(NOT_A_REPORT, join(folder, 'sub', 'a-notice.md'));
  writeFileSync(join(folder, 'c-empty.txt'), '');

  it('prints a summary table in path order; an unreadable file makes exit 2', async () => {
    const r = await runCli([folder]);
    expect(r.code).toBe(2);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith(folder));
    expect(rows.map((l) => l.split(/\s+/).slice(0, 2))).toEqual([
      [join(folder, 'b-yanbian.txt'), '通过'],
      [join(folder, 'c-empty.txt'), '无法读取'],
      [join(folder, 'sub', 'a-notice.md'), '非年报'],
    ]);
    expect(r.stdout).toMatch(/文件是空的/);
    expect(r.stdout).toMatch(/共 3 个文件/);
  });

  it('--json gives an array of {input, status, audit, error}', async () => {
    const r = await runCli(['--json', YANBIAN, brokenQuxian(), NOT_A_REPORT]);
    expect(r.code).toBe(1);
    const items = JSON.parse(r.stdout) as { input: string; status: string; audit: unknown; error: string | null }[];
    expect(items.map((i) => i.status)).toEqual(['ok', 'errors', 'not-a-report']);
    for (const i of items) AuditSchema.parse(i.audit);
    expect(items.every((i) => i.error === null)).toBe(true);
  });

  it('all inputs not reports: exit 3', async () => {
    expect((await runCli([NOT_A_REPORT, NOT_A_REPORT])).code).toBe(3);
  });
});
