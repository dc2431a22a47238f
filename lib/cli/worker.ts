// Documents audited in a worker thread (see isolate.ts): load, extract, recognise, run the rules,
// post each Outcome back. The thread takes one task after another until the pool ends it;
// whatever a document does to this thread, the checker's main thread stays free to stop it.

import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
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

parentPort!.on('message', (task: WorkerTask) => {
  void auditInput(task.input, task.lang, task.bytes).then((outcome) => parentPort!.postMessage(outcome));
});
