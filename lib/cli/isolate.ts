// Documents are audited in worker threads, each with a time limit and a memory limit, so a file
// built to hang or exhaust a reader (see issue 9) is stopped and reported as unreadable while the
// run goes on with the next file. A pool keeps `jobs` threads busy; a thread audits one document
// after another (the readers load once per thread) until a document has to be stopped, which ends
// its thread, or it has audited RECYCLE_AFTER documents.

import type { Worker } from 'node:worker_threads';
import { InputError, type Lang } from '../node/errors';
import { messages } from './messages';
import type { Outcome } from './run';
import { heapCapMb, startThread, takeEarly, type Limits } from './thread';
import type { WorkerTask } from './worker';

export { DEFAULT_LIMITS, type Limits } from './thread';

/** How often the process's resident memory is sampled while documents are audited. */
const MEMORY_POLL_MS = 20;
/** How often each busy thread's heap is asked for (it answers between two steps of its work). */
const HEAP_POLL_MS = 100;
/** A thread is replaced after this many documents, so that nothing one document left grows forever. */
const RECYCLE_AFTER = 50;

interface Busy {
  task: WorkerTask;
  finish: (outcome: Outcome, stop: boolean) => void;
  /** Heap and buffers of the thread, last time it was asked. */
  used: number;
  started: number;
}

class Slot {
  worker: Worker | null = null;
  done = 0;
  busy: Busy | null = null;
}

type HeapStats = { used_heap_size: number; external_memory: number };
type Measurable = Worker & { getHeapStatistics?: () => Promise<HeapStats> };

export class AuditPool {
  private readonly slots: Slot[];
  private readonly queue: { task: WorkerTask; resolve: (o: Outcome) => void }[] = [];
  private rssTimer: ReturnType<typeof setInterval> | null = null;
  private heapTimer: ReturnType<typeof setInterval> | null = null;
  /** The validator of what threads send back, loaded while they work. */
  private readonly reader = import('./outcome');

  /**
   * `reuse: false`: every document gets a new thread, ended as soon as it has answered, so that
   * its teardown runs while the answer is read and printed (a run of one document).
   */
  constructor(
    jobs: number,
    private readonly limits: Limits,
    private readonly reuse = true,
  ) {
    this.slots = Array.from({ length: Math.max(1, jobs) }, () => new Slot());
  }

  run(task: WorkerTask): Promise<Outcome> {
    return new Promise((resolve) => {
      this.queue.push({ task, resolve });
      this.pump();
    });
  }

  /** Ends every thread (idle ones included); pending documents are not audited. */
  async close(): Promise<void> {
    this.queue.length = 0;
    this.watch(false);
    await Promise.all(this.slots.map((s) => s.worker?.terminate()));
    for (const s of this.slots) s.worker = null;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const next = this.queue.shift()!;
      this.start(slot, next.task, next.resolve);
    }
    this.watch(this.slots.some((s) => s.busy));
  }

  private spawn(slot: Slot): Worker {
    const heapCap = heapCapMb(this.limits);
    const worker = takeEarly(heapCap) ?? startThread(heapCap);
    // Only the slot's current thread speaks for it: one that was stopped has been replaced.
    const current = () => slot.worker === worker;
    worker.on('message', (message: unknown) => {
      if (!current() || !slot.busy) return;
      const busy = slot.busy;
      if (!this.reuse) {
        slot.worker = null;
        void worker.terminate();
      }
      void this.reader.then(({ readOutcome }) => {
        const read = readOutcome(message);
        if (read.ok) busy.finish(read.outcome, false);
        else busy.finish(failed(busy.task.input, 'internal-error', messages(busy.task.lang).internal(read.why)), true);
      }, (e: Error) => busy.finish(failed(busy.task.input, 'internal-error', messages(busy.task.lang).internal(e.message)), true));
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (!current()) return;
      const lang = slot.busy?.task.lang ?? 'zh';
      const input = slot.busy?.task.input ?? '';
      slot.busy?.finish(
        e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? this.outOfMemory(input, lang) : failed(input, 'internal-error', messages(lang).internal(e.message.split('\n')[0]!)),
        true,
      );
    });
    worker.on('exit', (code) => {
      if (!current()) return;
      slot.worker = null;
      const lang = slot.busy?.task.lang ?? 'zh';
      slot.busy?.finish(failed(slot.busy.task.input, 'internal-error', messages(lang).internal(`worker exited with code ${code}`)), true);
    });
    return worker;
  }

  private start(slot: Slot, task: WorkerTask, resolve: (o: Outcome) => void): void {
    const worker = (slot.worker ??= this.spawn(slot));
    worker.ref();
    const timer = setTimeout(
      () => busy.finish(unreadable(task, new InputError('timeout', { input: task.input, seconds: this.limits.timeoutSeconds })), true),
      this.limits.timeoutSeconds * 1000,
    );
    const busy: Busy = {
      task,
      used: 0,
      started: Date.now(),
      finish: (outcome, stop) => {
        if (slot.busy !== busy) return;
        clearTimeout(timer);
        slot.busy = null;
        slot.done++;
        if (stop || slot.done >= RECYCLE_AFTER) {
          if (slot.worker === worker) slot.worker = null;
          slot.done = 0;
          void worker.terminate();
        } else worker.unref();
        resolve(outcome);
        this.pump();
      },
    };
    slot.busy = busy;
    worker.postMessage(task);
  }

  private outOfMemory(input: string, lang: Lang): Outcome {
    return failed(input, 'input-error', new InputError('out-of-memory', { input, limit: this.limits.maxMemoryMb }).localized(lang));
  }

  /**
   * The memory limit, per document: a thread whose heap and buffers pass it is stopped (where
   * Node can measure a thread: 22.16 and later). Besides, the process as a whole may hold at
   * most the limit per busy thread; past that the busiest thread is stopped (with one thread,
   * the limit of the whole process, as before there were several).
   */
  private watch(on: boolean): void {
    if (!on) {
      if (this.rssTimer) clearInterval(this.rssTimer);
      if (this.heapTimer) clearInterval(this.heapTimer);
      this.rssTimer = this.heapTimer = null;
      return;
    }
    const limit = this.limits.maxMemoryMb * 1024 * 1024;
    this.rssTimer ??= setInterval(() => {
      const busy = this.slots.flatMap((s) => (s.busy ? [s.busy] : []));
      if (busy.length === 0 || process.memoryUsage.rss() <= limit * busy.length) return;
      const worst = busy.reduce((a, b) => (b.used > a.used || (b.used === a.used && b.started < a.started) ? b : a));
      worst.finish(this.outOfMemory(worst.task.input, worst.task.lang), true);
    }, MEMORY_POLL_MS);
    this.heapTimer ??= setInterval(() => {
      for (const slot of this.slots) {
        const busy = slot.busy;
        const worker = slot.worker as Measurable | null;
        if (!busy || !worker?.getHeapStatistics) continue;
        worker.getHeapStatistics().then(
          (s) => {
            busy.used = s.used_heap_size + s.external_memory;
            if (busy.used > limit) busy.finish(this.outOfMemory(busy.task.input, busy.task.lang), true);
          },
          () => {},
        );
      }
    }, HEAP_POLL_MS);
  }
}

function failed(input: string, status: Outcome['status'], error: string): Outcome {
  return { input, status, result: null, notes: [], error };
}

const unreadable = (task: WorkerTask, e: InputError) => failed(task.input, 'input-error', e.localized(task.lang));
