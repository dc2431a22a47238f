// Each document is audited in its own worker thread with a time limit and a memory limit, so a
// file built to hang or exhaust a reader (see issue 9) is stopped and reported as unreadable
// while a folder run goes on with the next file.

import { Worker } from 'node:worker_threads';
import { InputError } from '../node/errors';
import { messages } from './messages';
import type { Outcome } from './run';
import type { WorkerTask } from './worker';

export interface Limits {
  timeoutSeconds: number;
  /** Resident memory of the whole checker process, in MB. */
  maxMemoryMb: number;
}

export const DEFAULT_LIMITS: Limits = { timeoutSeconds: 30, maxMemoryMb: 768 };

/** How often the resident memory is sampled while a document is audited. */
const MEMORY_POLL_MS = 20;

/**
 * The worker's V8 heap cap is a backstop, never below 1 GB: under that size V8 grows the heap in
 * smaller steps and collects more often (a PDF audit cost 12% more CPU with a 768 MB cap). The
 * memory limit itself is the sampled resident memory of the whole process, which also counts what
 * lives outside the heap (decoded streams, pdf.js's buffers).
 */
const MIN_HEAP_CAP_MB = 1024;

// Set by scripts/build-cli.mjs in the shipped bundle; tsx runs the TypeScript worker directly.
declare const NIANBAO_BUNDLED: boolean | undefined;
const workerUrl = () =>
  typeof NIANBAO_BUNDLED !== 'undefined' ? new URL('./worker.mjs', import.meta.url) : new URL('./worker.ts', import.meta.url);

export function auditIsolated(task: WorkerTask, limits: Limits): Promise<Outcome> {
  const { input, lang } = task;
  const failed = (status: Outcome['status'], error: string): Outcome => ({ input, status, result: null, notes: [], error });
  const unreadable = (e: InputError) => failed('input-error', e.localized(lang));
  const outOfMemory = () => unreadable(new InputError('out-of-memory', { input, limit: limits.maxMemoryMb }));

  return new Promise((resolve) => {
    const worker = new Worker(workerUrl(), {
      workerData: task,
      resourceLimits: { maxOldGenerationSizeMb: Math.max(limits.maxMemoryMb, MIN_HEAP_CAP_MB) },
      // Libraries may print; the checker's own output must stay clean (JSON on stdout).
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let done = false;
    const finish = (outcome: Outcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(watch);
      void worker.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish(unreadable(new InputError('timeout', { input, seconds: limits.timeoutSeconds }))),
      limits.timeoutSeconds * 1000,
    );
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() > limits.maxMemoryMb * 1024 * 1024) finish(outOfMemory());
    }, MEMORY_POLL_MS);
    worker.on('message', (outcome: Outcome) => finish(outcome));
    worker.on('error', (e: Error & { code?: string }) =>
      finish(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory() : failed('internal-error', messages(lang).internal(e.message.split('\n')[0]!))),
    );
    worker.on('exit', (code) => finish(failed('internal-error', messages(lang).internal(`worker exited with code ${code}`))));
  });
}
