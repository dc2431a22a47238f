// Documents audited in a worker thread (see isolate.ts): load, extract, recognise, run the rules,
// post each Outcome back. The thread takes one task after another until the pool ends it;
// whatever a document does to this thread, the checker's main thread stays free to stop it.

import nodeModule from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { Lang } from '../node/errors';
import { pdfThreads } from '../node/pdf-threads';
import { auditInput } from './audit-one';

export interface WorkerTask {
  input: string;
  lang: Lang;
  /** The input's bytes when the main thread read them (standard input). */
  bytes?: Uint8Array;
  /** A processor core is free: a PDF's ruling lines may be read in a second thread. */
  spareCore?: boolean;
}

// pdf.js is 3.5 MB of JavaScript: keep its compiled code on disk (Node's compile cache, in the
// system's temp folder) instead of compiling it again in every run. Readers load after this.
nodeModule.enableCompileCache();

parentPort!.on('message', (task: WorkerTask) => {
  pdfThreads.second = task.spareCore ?? false;
  void auditInput(task.input, task.lang, task.bytes).then((outcome) => parentPort!.postMessage(outcome));
});
