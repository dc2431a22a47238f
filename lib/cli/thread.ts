// The worker thread that audits documents (worker.ts), started one way for the whole checker,
// and the first one started early: bin/audit.ts calls `startEarly` before the checker's own
// modules load, so that Node's ~40 ms of setting up a thread runs while they do, and the pool
// (isolate.ts) adopts that thread for its first document.

import type { Worker } from 'node:worker_threads';
import { quietWorker } from '../node/quiet-worker';

export interface Limits {
  timeoutSeconds: number;
  /** Memory in MB one document may use (its thread's heap and buffers; see AuditPool.watch). */
  maxMemoryMb: number;
}

export const DEFAULT_LIMITS: Limits = { timeoutSeconds: 30, maxMemoryMb: 768 };

/**
 * The worker's V8 heap cap is a backstop, never below 1 GB: under that size V8 grows the heap in
 * smaller steps and collects more often (a PDF audit cost 12% more CPU with a 768 MB cap). The
 * memory limit itself is enforced by sampling (AuditPool.watch), which also counts what lives
 * outside the heap (decoded streams, pdf.js's buffers).
 */
const MIN_HEAP_CAP_MB = 1024;

export const heapCapMb = (limits: Limits) => Math.max(limits.maxMemoryMb, MIN_HEAP_CAP_MB);

// Set by scripts/build-cli.mjs in the shipped bundle; tsx runs the TypeScript worker directly.
declare const NIANBAO_BUNDLED: boolean | undefined;
const workerUrl = () =>
  typeof NIANBAO_BUNDLED !== 'undefined' ? new URL('./worker.mjs', import.meta.url) : new URL('./worker.ts', import.meta.url);

/** A new idle thread (unreferenced: it does not keep the checker alive until given work). */
export function startThread(heapCap: number): Worker {
  return quietWorker(workerUrl(), { resourceLimits: { maxOldGenerationSizeMb: heapCap } });
}

let early: { worker: Worker; heapCap: number; dead: boolean } | null = null;

/** Options after which the checker audits nothing: no thread is started early for them. */
const NO_AUDIT = new Set(['-h', '--help', '-V', '--version', '--merge']);

/** Starts the first thread now, with the default limits, unless `argv` asks for no audit. */
export function startEarly(argv: readonly string[]): void {
  if (early || argv.some((a) => NO_AUDIT.has(a.split('=')[0]!))) return;
  const heapCap = heapCapMb(DEFAULT_LIMITS);
  const entry = { worker: startThread(heapCap), heapCap, dead: false };
  // A thread that fails before it is adopted is not adopted (its error would otherwise be lost,
  // and the document wait for its time limit).
  const dead = () => (entry.dead = true);
  entry.worker.once('error', dead).once('exit', dead);
  early = entry;
}

/** Ends the early thread if nothing took it (a usage error, a run that audited nothing). */
export async function dropEarly(): Promise<void> {
  const got = early;
  early = null;
  await got?.worker.terminate();
}

/** The early thread when it is alive and has the heap cap asked for; it is given out once. */
export function takeEarly(heapCap: number): Worker | null {
  const got = early;
  early = null;
  if (!got) return null;
  if (got.dead || got.heapCap !== heapCap) {
    void got.worker.terminate();
    return null;
  }
  return got.worker;
}
