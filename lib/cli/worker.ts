// One document's audit in a worker thread (see isolate.ts): load, extract, recognise, run the
// rules, post the Outcome back. Whatever the document does to this thread, the checker's main
// thread stays free to stop it.

import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../node/errors';
import { auditInput } from './audit-one';

export interface WorkerTask {
  input: string;
  lang: Lang;
  /** The input's bytes when the main thread read them (standard input). */
  bytes?: Uint8Array;
}

const task = workerData as WorkerTask;
parentPort!.postMessage(await auditInput(task.input, task.lang, task.bytes));
