// The batch checker: --previous, consecutive years paired in a folder, a list file and a listing
// page, JSON Lines / CSV / XLSX outputs read back (the workbook with exceljs), --resume, --shard and
// --merge, exit codes over many inputs.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditSchema } from '../../lib/audit/schema';
import { RecordSchema, type AuditRecord } from '../../lib/cli/records';
import { CORPUS, hasCorpus } from '../helpers/corpus';
import { runCli, SEEDS, serve } from './helpers';

const QUXIAN = join(SEEDS, '004_04aef5a383ab1858.txt');
const REAL = join(CORPUS, 'real');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CROSS = ['carryover-mismatch', 'in-force-chain'];

/** Seed 004 (渠县 2023) moved back one year, with its carry-forward row and 行政规范性文件 stock as given. */
function lastYear(carriedOut: number[], inForce: number): string {
  const text = readFileSync(QUXIAN, 'utf8').replace(/2022/g, '2021').replace(/2023/g, '2022').replace(/2024/g, '2023');
  const out = text
    .replace(/^(四、结转下年度继续办理\t)(?:\t\d+){7}/m, `$1\t${carriedOut.join('\t')}`)
    .replace(/^(行政规范性文件\t3\t24\t)21/m, `$1${inForce}`);
  expect(out).not.toBe(text);
  return out;
}

function write(name: string, text: string): string {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, text);
  return p;
}

const readJsonl = (p: string): AuditRecord[] =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => RecordSchema.parse(JSON.parse(l)));

const crossOf = (r: AuditRecord | { audit: AuditRecord['audit'] }) =>
  (r.audit?.findings ?? []).filter((f) => CROSS.includes(f.rule)).map((f) => [f.rule, f.severity, f.cells.join(' ')]);

describe('--previous', () => {
  it('a consistent last year: compared, no cross-year finding', async () => {
    const prev = write('pair-ok/quxian-2022.txt', lastYear([4, 0, 0, 0, 0, 0, 4], 42));
    const r = await runCli(['--json', '--previous', prev, QUXIAN]);
    expect(r.code).toBe(0);
    const a = AuditSchema.parse(JSON.parse(r.stdout));
    expect(a.previous).toMatchObject({ compared: true, year: 2022, organ: '渠县' });
    expect(crossOf({ audit: a })).toEqual([]);
  });

  it('a broken carry-over and chain: flagged, exact cells named; exit stays 0 (warnings)', async () => {
    const prev = write('pair-bad/quxian-2022.txt', lastYear([3, 0, 0, 0, 0, 0, 3], 40));
    const r = await runCli(['--json', '--previous', prev, QUXIAN]);
    expect(r.code).toBe(0);
    const a = AuditSchema.parse(JSON.parse(r.stdout));
    expect(crossOf({ audit: a })).toEqual([
      ['carryover-mismatch', 'warning', 'applications:carried_in.natural'],
      ['carryover-mismatch', 'warning', 'applications:carried_in.total'],
      ['in-force-chain', 'warning', 'active:normative.issued active:normative.repealed active:normative.in_force'],
    ]);
    const human = await runCli(['--lang', 'en', '--previous', prev, QUXIAN]);
    expect(human.stdout).toMatch(/Last year's report: quxian-2022\.txt \(2022, 渠县\), compared across years/);
    expect(human.stdout).toMatch(/40 in force in the 2022 report \+ 3 issued − 24 repealed = 19, but 21 are in force this year/);
  });

  it('a report two years back is named but not compared; an unreadable one is an error', async () => {
    const old = write('pair-far/quxian-2021.txt', lastYear([9, 0, 0, 0, 0, 0, 9], 1).replace(/2022/g, '2021'));
    const r = await runCli(['--json', '--previous', old, QUXIAN]);
    expect(AuditSchema.parse(JSON.parse(r.stdout)).previous).toMatchObject({ compared: false, reason: 'not-consecutive' });
    const missing = await runCli(['--previous', join(dir, 'nope.txt'), QUXIAN]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/上年报告无法读取：找不到文件/);
  });

  it('goes with one input only', async () => {
    const r = await runCli(['--previous', QUXIAN, QUXIAN, QUXIAN]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--previous 只能与一个输入/);
  });

  it.skipIf(!hasCorpus && !process.env.CI)('real pairs: 洪泽 2023→2024 clean, 平潭 2022→2023 in-force-chain on 行政规范性文件', async () => {
    const hz = await runCli(['--json', '--previous', join(REAL, 'huaian-hongzequ-2023-govpdf.pdf'), join(REAL, 'huaian-hongzequ-2024-govpdf.pdf')]);
    expect(crossOf({ audit: AuditSchema.parse(JSON.parse(hz.stdout)) })).toEqual([]);
    const pt = await runCli(['--json', '--previous', join(REAL, 'pingtan-2022-crawltext.txt'), join(REAL, 'pingtan-2023-savedhtml.html')]);
    expect(crossOf({ audit: AuditSchema.parse(JSON.parse(pt.stdout)) })).toEqual([
      ['in-force-chain', 'warning', 'active:normative.issued active:normative.repealed active:normative.in_force'],
    ]);
  }, 60_000);
});

describe('folders, lists and listings', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await serve((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/nb/index.html') {
        const link = (href: string, text: string) => `<li><a href="${href}" title="${text}">${text}</a></li>`;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
          `<html><head><title>政府信息公开年报</title></head><body><ul>` +
            link('./2023.txt', '渠县2023年政府信息公开工作年度报告') +
            link('./2022.txt', '渠县2022年政府信息公开工作年度报告') +
            link('./gone.txt', '渠县2021年政府信息公开工作年度报告') +
            `<li><a href="/news/1.html">渠县召开2023年政务公开工作会议</a></li></ul><a href="index_1.html">下一页</a></body></html>`,
        );
      } else if (path === '/nb/index_1.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<a href="./2020.txt">渠县2020年政府信息公开工作年度报告</a>`);
      } else if (path === '/nb/2023.txt') res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(readFileSync(QUXIAN));
      else if (path === '/nb/2022.txt') res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(lastYear([3, 0, 0, 0, 0, 0, 3], 42));
      else res.writeHead(404).end();
    }));
  });
  afterAll(() => server.close());

  it('a folder pairs consecutive years by itself: JSON Lines, CSV and XLSX agree', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    copyFileSync(QUXIAN, join(folder, 'b-quxian-2023.txt'));
    writeFileSync(join(folder, 'a-quxian-2022.txt'), lastYear([4, 0, 0, 0, 0, 0, 4], 40));
    const out = (ext: string) => join(dir, `folder.${ext}`);
    const r = await runCli(['--jsonl', out('jsonl'), '--csv', out('csv'), '--xlsx', out('xlsx'), '--jobs', '2', folder]);
    // The made-up 2022 report's own table 三 no longer balances (its carry-forward row was set): exit 1.
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/配对了 1 组相邻年度报告/);
    const records = readJsonl(out('jsonl'));
    expect(records.map((x) => x.input)).toEqual([join(folder, 'a-quxian-2022.txt'), join(folder, 'b-quxian-2023.txt')]);
    expect(records[1]!.audit!.previous).toMatchObject({ compared: true, source: { name: join(folder, 'a-quxian-2022.txt') } });
    expect(crossOf(records[1]!)).toEqual([['in-force-chain', 'warning', 'active:normative.issued active:normative.repealed active:normative.in_force']]);
    expect(records[1]!.figures?.year).toBe(2023);

    const csv = readFileSync(out('csv'), 'utf8');
    expect(csv.startsWith('\uFEFF机关,年度,结论,错误,警告,提示,跨年度警告,对照的上年报告')).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out('xlsx'));
    const sheet = wb.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]!.slice(0, 7)).toEqual(['机关', '年度', '结论', '错误', '警告', '提示', '跨年度警告']);
    const counts = (x: AuditRecord) => ['error', 'warning', 'info'].map((s) => x.audit!.findings.filter((f) => f.severity === s).length);
    expect(rows.slice(1).map((row) => [row[1], ...row.slice(3, 7)])).toEqual([
      [2022, ...counts(records[0]!), undefined],
      [2023, ...counts(records[1]!), 1],
    ]);
  });

  it('a listing page: its report links (one more page followed), paired; a missing report makes exit 2', async () => {
    const r = await runCli(['--json', '--listing', `${url}/nb/index.html`, '--listing-pages', '2']);
    const items = JSON.parse(r.stdout) as { input: string; status: string; audit: unknown }[];
    expect(items.map((i) => [i.input.replace(url, ''), i.status])).toEqual([
      ['/nb/2023.txt', 'ok'],
      ['/nb/2022.txt', 'errors'],
      ['/nb/gone.txt', 'input-error'],
      ['/nb/2020.txt', 'input-error'],
    ]);
    expect(crossOf(items[0] as AuditRecord)).toEqual([
      ['carryover-mismatch', 'warning', 'applications:carried_in.natural'],
      ['carryover-mismatch', 'warning', 'applications:carried_in.total'],
    ]);
    expect(r.code).toBe(2);
  });

  it('a page that is not a listing is reported as such', async () => {
    const r = await runCli(['--listing', `${url}/nb/index_1.html`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/不是年报列表页/);
  });

  it('a list file of paths and URLs, comments skipped', async () => {
    const list = write('inputs.txt', `# 渠县\n${QUXIAN}\n\n${url}/nb/2022.txt\n`);
    const r = await runCli(['--json', '--list', list]);
    const items = JSON.parse(r.stdout) as { input: string; status: string }[];
    expect(items.map((i) => i.status)).toEqual(['ok', 'errors']);
    expect(r.code).toBe(1);
  });
});

describe('--resume, --shard, --merge', () => {
  const folder = join(dir, 'many');
  const files = ['a', 'b', 'c', 'd', 'e'].map((n) => join(folder, `${n}.txt`));
  beforeAll(() => {
    mkdirSync(folder, { recursive: true });
    files.forEach((f, i) => (i === 4 ? writeFileSync(f, lastYear([4, 0, 0, 0, 0, 0, 4], 40)) : copyFileSync(QUXIAN, f)));
  });

  it('--resume audits only what the records file lacks; a cut line is redone', async () => {
    const jsonl = join(dir, 'resume.jsonl');
    const first = await runCli(['--jsonl', jsonl, folder]);
    expect(first.code).toBe(1);
    const full = readJsonl(jsonl);
    // Keep a, mark it so a re-audit would show; cut b's line in half; drop the rest.
    const marked = { ...full[0]!, notes: ['kept from the first run'] };
    writeFileSync(jsonl, JSON.stringify(marked) + '\n' + JSON.stringify(full[1]).slice(0, 200));
    const again = await runCli(['--jsonl', jsonl, '--resume', folder]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/1 行无法解析/);
    expect(again.stderr).toMatch(/已记录 1 个输入，跳过；还需审计 4 个/);
    const after = readJsonl(jsonl);
    expect(after.map((x) => x.input)).toEqual(files);
    expect(after[0]!.notes).toEqual(['kept from the first run']);
    expect(after.map((x) => x.audit!.findings.length)).toEqual(full.map((x) => x.audit!.findings.length));
  });

  it('shards split the inputs between them; merged, they equal one run, years paired across shards', async () => {
    const whole = join(dir, 'whole.jsonl');
    await runCli(['--jsonl', whole, folder]);
    const parts = [1, 2, 3].map((i) => join(dir, `shard-${i}.jsonl`));
    for (const [i, p] of parts.entries()) await runCli(['--jsonl', p, '--shard', `${i + 1}/3`, folder]);
    const inputs = parts.map((p) => readJsonl(p).map((x) => x.input));
    expect(inputs).toEqual([[files[0], files[3]], [files[1], files[4]], [files[2]]]);
    const merged = join(dir, 'merged.jsonl');
    const m = await runCli(['--merge', '--jsonl', merged, '--xlsx', join(dir, 'merged.xlsx'), ...parts]);
    expect(m.code).toBe(1);
    const byInput = (rs: AuditRecord[]) => Object.fromEntries(rs.map((x) => [x.input, crossOf(x)]));
    // e.txt is 2022 and the others 2023: each 2023 copy is paired with it, also across shards.
    expect(byInput(readJsonl(merged))).toEqual(byInput(readJsonl(whole)));
    expect(readJsonl(whole).filter((x) => x.audit?.previous?.compared).length).toBe(4);
    expect(existsSync(join(dir, 'merged.xlsx'))).toBe(true);
  });

  it('bad --shard values and --resume without --jsonl are usage errors', async () => {
    for (const bad of ['0/2', '3/2', 'x', '1/0']) expect((await runCli(['--shard', bad, folder])).code).toBe(2);
    expect((await runCli(['--resume', folder])).stderr).toMatch(/--resume 需要 --jsonl/);
  });
});
