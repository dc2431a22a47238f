// A DirectReader (lib/extract/pdf/direct.ts) whose reading is done by a second thread
// (graphics-thread.ts): it starts before pdf.js has even loaded, checks the file's streams while
// pdf.js loads, and reads the ruling lines of the pages that look tabular while pdf.js reads the
// text of the next ones. Should that thread fail or answer out of shape, this thread reads for
// itself (localReader), so the result never depends on the second thread.

import { BudgetExceeded } from '../extract/pdf/budgets';
import { localReader, type DirectReader } from '../extract/pdf/direct';
import { PdfExtractError } from '../extract/pdf/errors';
import type { Matrix } from '../extract/pdf/geometry';
import type { PageGraphics } from '../extract/pdf/operators';
import { isGraphicsReply, type GraphicsReply, type GraphicsThreadData, type PageRequest } from './graphics-protocol';
import { inflate } from './inflate';
import { quietWorker } from './quiet-worker';

// Set by scripts/build-cli.mjs in the shipped bundle; tsx runs the TypeScript module directly.
declare const NIANBAO_BUNDLED: boolean | undefined;
const threadUrl = () =>
  typeof NIANBAO_BUNDLED !== 'undefined' ? new URL('./graphics.mjs', import.meta.url) : new URL('./graphics-thread.ts', import.meta.url);

/** The second thread's heap cap: it holds one file's decoded content streams at most. */
const HEAP_CAP_MB = 512;

interface Pending {
  resolve: (g: PageGraphics) => void;
  reject: (e: Error) => void;
  promise: Promise<PageGraphics>;
}

export interface ThreadedReader extends DirectReader {
  /** Whether this thread has had to read for itself (the second thread failed). */
  readsLocally(): boolean;
}

/** `url`: the thread's module (tests give the built one; by default this bundle's own). */
export function threadedReader(data: Uint8Array, url: URL = threadUrl()): ThreadedReader {
  const worker = quietWorker(url, {
    workerData: { data: data.slice() } satisfies GraphicsThreadData,
    resourceLimits: { maxOldGenerationSizeMb: HEAP_CAP_MB },
  });

  let local: DirectReader | null = null;
  let localOpen: Promise<number | null> | null = null;
  const readLocally = () => {
    local ??= localReader(data, inflate);
    return (localOpen ??= local.open());
  };

  let settleOpen: ((r: GraphicsReply | null) => void) | null = null;
  const opened = new Promise<GraphicsReply | null>((resolve) => (settleOpen = resolve));
  const pages = new Map<number, Pending>();
  let failed = false;

  /** The thread is of no more use: what it still owes is read here. */
  const fail = () => {
    if (failed) return;
    failed = true;
    settleOpen?.(null);
    for (const [index, p] of pages) p.reject(new Error(`second thread gone before page ${index + 1}`));
    void worker.terminate();
  };

  worker.on('message', (m: unknown) => {
    if (!isGraphicsReply(m)) return fail();
    if (m.type === 'opened' || m.type === 'too-complex') return settleOpen?.(m);
    const p = pages.get(m.index);
    if (!p) return;
    if (m.type === 'graphics') p.resolve(m.graphics);
    else p.reject(m.budget ? new BudgetExceeded(m.message) : new Error(m.message));
  });
  worker.on('error', fail);
  worker.on('exit', fail);

  const request = (index: number, viewport: Matrix): Pending => {
    let p = pages.get(index);
    if (!p) {
      let resolve!: Pending['resolve'];
      let reject!: Pending['reject'];
      const promise = new Promise<PageGraphics>((res, rej) => ((resolve = res), (reject = rej)));
      promise.catch(() => {}); // a prefetched page nobody asks for may fail unobserved
      p = { resolve, reject, promise };
      pages.set(index, p);
      if (failed) p.reject(new Error('second thread gone'));
      else worker.postMessage({ index, viewport: [...viewport] as Matrix } satisfies PageRequest);
    }
    return p;
  };

  return {
    async open() {
      const m = await opened;
      if (!m) return readLocally();
      if (m.type === 'too-complex') throw new PdfExtractError('too-complex', m.what);
      return m.type === 'opened' ? m.pages : readLocally();
    },
    prefetch(index, viewport) {
      if (!failed) request(index, viewport);
    },
    async graphics(index, viewport) {
      if (!failed) {
        try {
          return await request(index, viewport).promise;
        } catch (e) {
          if (e instanceof BudgetExceeded || !failed) throw e;
        }
      }
      await readLocally();
      return local!.graphics(index, viewport);
    },
    close() {
      failed = true;
      void worker.terminate();
    },
    readsLocally: () => local !== null,
  };
}
