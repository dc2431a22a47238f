// A worker thread of the checker: whatever libraries print in it is read and dropped (the
// checker's own output must stay clean: JSON on stdout), and it does not keep the process alive
// until it is given work (ref() it then).

import { Worker, type WorkerOptions } from 'node:worker_threads';

export function quietWorker(url: URL, options: Omit<WorkerOptions, 'stdout' | 'stderr'>): Worker {
  const worker = new Worker(url, { ...options, stdout: true, stderr: true });
  worker.stdout.resume();
  worker.stderr.resume();
  worker.unref();
  return worker;
}
