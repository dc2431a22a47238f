// One document's audit in a worker thread (see isolate.ts): load, extract, recognise, run the
// rules, post the Outcome back. Whatever the document does to this thread, the checker's main
// thread stays free to stop it.

import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../node/errors';
import { auditInput } from './audit-one';

export interface WorkerTask {
  input: string;
  lang: Lang;
  /** The input's bytes when the main thread read them (standard input). */
  bytes?: Uint8Array;
}

// pdf.js is 3.5 MB of JavaScript: keep its compiled code on disk (Node's compile cache, in the
// system's temp folder) instead of compiling it again in every run. Readers load after this.
enableCompileCache?.();

const task = workerData as WorkerTask;
parentPort!.postMessage(await auditInput(task.input, task.lang, task.bytes));
