// Batch speed: N PDFs (default 200, copies of the corpus PDFs in a temp folder) audited by the
// shipped checker three ways: one run with its worker pool (--jobs, default the cores), N
// separate runs one after another (as a shell loop over the files would), and one run with a
// single worker (--jobs 1). Documents per second and peak memory (GNU time's maximum resident
// set of the process; for the separate runs, the largest of them). A report, never a test.
// Usage: npm run bench -- --batch-only [--docs N]   (npm run bench runs it after the rest)

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../../shared/corpus');
const checker = join(here, '../dist/audit.mjs');
const node = process.execPath;

interface Run {
  wall: number;
  /** Peak resident memory in MB (NaN without GNU time). */
  mb: number;
  status: number | null;
}

/** One process, timed from outside; peak RSS from GNU time when it is installed. */
function timed(args: string[]): Run {
  const gnuTime = '/usr/bin/time';
  const withTime = existsSync(gnuTime);
  const t0 = performance.now();
  const r = withTime
    ? spawnSync(gnuTime, ['-f', '%M', node, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(node, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - t0) / 1000;
  if (r.error) throw r.error;
  const kb = withTime ? Number(/(\d+)\s*$/.exec(r.stderr ?? '')?.[1] ?? NaN) : NaN;
  return { wall, mb: kb / 1024, status: r.status };
}

/** `count` copies of the corpus PDFs, round robin, in a new temp folder. */
function makeFolder(count: number): string {
  const sources = ['pdf', 'mutants', 'real'].flatMap((d) =>
    readdirSync(join(corpus, d))
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => join(corpus, d, f)),
  );
  if (sources.length === 0) throw new Error(`no PDFs in ${corpus}`);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-batch-'));
  for (let i = 0; i < count; i++) copyFileSync(sources[i % sources.length]!, join(dir, `${String(i).padStart(3, '0')}.pdf`));
  return dir;
}

/** Records of a --jsonl file: how many, and how many were audited (status ok or errors). */
function records(path: string): { all: number; ok: number } {
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const audited = (l: string) => ['ok', 'errors'].includes((JSON.parse(l) as { status?: string }).status ?? '');
  return { all: lines.length, ok: lines.filter(audited).length };
}

export function benchBatch(count: number): void {
  const dir = makeFolder(count);
  const files = readdirSync(dir).map((f) => join(dir, f));
  try {
    const line = (mode: string, r: { wall: number; mb: number }, note: string) =>
      console.log([mode, `${(count / r.wall).toFixed(2)} docs/s`, `${r.wall.toFixed(1)} s`, `${r.mb.toFixed(0)} MB peak`, note].join('\t'));
    console.log(`\nbatch: ${count} PDFs (copies of the corpus PDFs), ${availableParallelism()} cores`);
    console.log(['mode', 'speed', 'wall', 'memory', 'records'].join('\t'));

    const pool = timed([checker, '--no-progress', '--jsonl', join(dir, 'pool.jsonl'), dir]);
    const p = records(join(dir, 'pool.jsonl'));
    line(`one run, --jobs ${availableParallelism()}`, pool, `${p.ok}/${p.all} audited`);

    let wall = 0;
    let mb = 0;
    let ok = 0;
    for (const file of files) {
      const r = timed([checker, '--json', file]);
      wall += r.wall;
      mb = Math.max(mb, r.mb);
      if (r.status === 0 || r.status === 1) ok++; // 0 clean, 1 findings: audited
    }
    line(`${count} separate runs`, { wall, mb }, `${ok}/${count} audited`);

    const single = timed([checker, '--no-progress', '--jobs', '1', '--jsonl', join(dir, 'single.jsonl'), dir]);
    const s = records(join(dir, 'single.jsonl'));
    line('one run, --jobs 1', single, `${s.ok}/${s.all} audited`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--docs');
  benchBatch(at >= 0 ? Number(process.argv[at + 1]) : 200);
}
