// The second thread of a PDF audit in the checker: opens the file's own content streams (the
// bomb check included) and reads the ruling lines of each page asked for, while the thread that
// started it reads the text with pdf.js (graphics-client.ts). Ends when that thread ends it.

import { parentPort, workerData } from 'node:worker_threads';
import { BudgetExceeded } from '../extract/pdf/budgets';
import { openDirect } from '../extract/pdf/direct';
import { PdfExtractError } from '../extract/pdf/errors';
import { contentGraphics } from '../extract/pdf/raw/content';
import type { RawPdf } from '../extract/pdf/raw/objects';
import { isPageRequest, type GraphicsReply, type GraphicsThreadData } from './graphics-protocol';
import { inflate } from './inflate';

const port = parentPort!;
const reply = (m: GraphicsReply) => port.postMessage(m);
const { data } = workerData as GraphicsThreadData;

let raw: RawPdf | null = null;
const opened = openDirect(data, inflate).then(
  (o) => {
    raw = o?.raw ?? null;
    reply({ type: 'opened', pages: o?.pages ?? null });
  },
  (e: unknown) => {
    if (e instanceof PdfExtractError && e.code === 'too-complex') reply({ type: 'too-complex', what: e.detail ?? '' });
    else reply({ type: 'opened', pages: null });
  },
);

port.on('message', (m: unknown) => {
  if (!isPageRequest(m)) return;
  void opened.then(async () => {
    try {
      if (!raw) throw new Error('not readable directly');
      reply({ type: 'graphics', index: m.index, graphics: await contentGraphics(raw, m.index, m.viewport) });
    } catch (e) {
      const budget = e instanceof BudgetExceeded;
      reply({ type: 'failed', index: m.index, budget, message: budget ? e.what : e instanceof Error ? e.message : String(e) });
    }
  });
});
