// The mutation fuzzer, nightly style: N cases generated from the corpus (tests/fuzz/mutate.ts),
// each audited by the checker's own code in worker threads with the checker's time and memory
// limits. Counts what each case ended as; a crash (an internal error: any exception that is not a
// clean "cannot read") or a hang (past the time limit) is listed with the seed and case number
// that reproduce it, and makes the exit code 1.
// Usage: npx tsx scripts/fuzz.ts [--cases 10000] [--seed 1] [--jobs 2] [--timeout 30] [--from 0]

import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { EXIT, type Outcome } from '../lib/cli/run';
import { loadSeeds, makeCase } from '../tests/fuzz/mutate';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const cases = opt('cases', 10_000);
const seed = opt('seed', 1);
const jobs = opt('jobs', 2);
const timeoutMs = opt('timeout', 30) * 1000;
const from = opt('from', 0);
const MAX_MEMORY_MB = 768;

// The worker compiled once (as the checker ships), not by tsx in every new worker.
const workerFile = resolve(here, '../node_modules/.cache/nianbao-fuzz/fuzz-worker.mjs');
await build({
  entryPoints: [join(here, 'fuzz-worker.ts')],
  outfile: workerFile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  packages: 'external',
  logLevel: 'error',
});

const seeds = loadSeeds(resolve(here, '../../shared/corpus'), [resolve(here, '../tests/fixtures/html'), resolve(here, '../tests/fixtures/pdf'), resolve(here, '../tests/fixtures/cli')]);
if (seeds.length === 0) throw new Error('no seed files: is ../shared/corpus there?');

const statuses = new Map<string, number>();
const failures: string[] = [];
let done = 0;
let hangs = 0;
let crashes = 0;
const started = Date.now();

function record(index: number, label: string, outcome: Outcome | { status: 'hang' | 'crash'; error: string }) {
  done++;
  statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
  const code = outcome.status in EXIT ? EXIT[outcome.status as keyof typeof EXIT] : null;
  if (outcome.status === 'hang') hangs++;
  else if (outcome.status === 'internal-error' || outcome.status === 'crash' || code === null || code > 3) crashes++;
  else return;
  failures.push(`seed ${seed} case ${index} [${outcome.status}] ${label}: ${outcome.error}`);
  console.log(failures[failures.length - 1]);
}

/** One worker auditing cases one at a time; replaced after a hang or a crash. */
function lane(next: () => number | null): Promise<void> {
  return new Promise((finish) => {
    let worker: Worker;
    let current: { index: number; label: string; timer: NodeJS.Timeout } | null = null;
    const spawn = () => {
      worker = new Worker(workerFile, {
        resourceLimits: { maxOldGenerationSizeMb: MAX_MEMORY_MB },
        stdout: true,
        stderr: true,
      });
      worker.stdout.resume();
      worker.stderr.resume();
      worker.on('message', (o: Outcome | 'ready') => {
        if (o === 'ready') return feed();
        if (!current) return;
        clearTimeout(current.timer);
        record(current.index, current.label, o);
        current = null;
        feed();
      });
      worker.on('error', (e: Error & { code?: string }) => {
        if (!current) return;
        clearTimeout(current.timer);
        // The memory limit is a clean stop, as in the checker (exit 2).
        const outcome =
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? ({ input: '', status: 'input-error', result: null, notes: [], error: 'out of memory' } as Outcome)
            : { status: 'crash' as const, error: String(e.message).split('\n')[0]! };
        record(current.index, current.label, outcome);
        current = null;
        spawn();
      });
    };
    const feed = () => {
      const index = next();
      if (index === null) {
        void worker.terminate().then(() => finish());
        return;
      }
      const c = makeCase(seeds, seed, index);
      const timer = setTimeout(() => {
        record(index, c.label, { status: 'hang', error: `no answer in ${timeoutMs / 1000} s` });
        current = null;
        void worker.terminate();
        spawn();
      }, timeoutMs);
      current = { index, label: c.label, timer };
      worker.postMessage({ bytes: c.bytes });
    };
    spawn();
  });
}

let cursor = from;
const next = () => (cursor < from + cases ? cursor++ : null);
const progress = setInterval(() => {
  const rate = done / ((Date.now() - started) / 1000);
  console.error(`… ${done}/${cases} cases, ${crashes} crashes, ${hangs} hangs (${rate.toFixed(1)}/s)`);
}, 30_000);
await Promise.all(Array.from({ length: jobs }, () => lane(next)));
clearInterval(progress);

const seconds = (Date.now() - started) / 1000;
console.log(`\nseed ${seed}, cases ${from}–${from + cases - 1}: ${done} cases in ${seconds.toFixed(0)} s from ${seeds.length} seed files`);
console.log(`outcomes: ${[...statuses].map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`crashes ${crashes}, hangs ${hangs}`);
process.exitCode = crashes + hangs > 0 ? 1 : 0;
