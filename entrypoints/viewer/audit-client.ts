// Runs the audit of the open document in a Web Worker and answers the worker's questions from the
// page's pdf.js document, so the file is parsed once and the page stays responsive. cancel()
// stops the worker at once.

import type { PDFDocumentProxy } from 'pdfjs-dist';
import AuditWorker from './audit-worker?worker';
import type { Lang } from '@/lib/i18n/format';
import { pdfjs } from './pdfjs';
import { WorkerResultSchema, type DocRequest, type ReplyMessage, type StartMessage, type WorkerRequest, type WorkerResult } from './audit-protocol';

export type AuditRunResult = WorkerResult | { type: 'cancelled' };

export interface AuditRun {
  result: Promise<AuditRunResult>;
  cancel: () => void;
}

async function answer(doc: PDFDocumentProxy, r: DocRequest): Promise<unknown> {
  if (r.method === 'metadata') {
    const { info } = await doc.getMetadata();
    return { info: { Title: (info as { Title?: unknown } | null)?.Title ?? null } };
  }
  const page = await doc.getPage(r.page);
  switch (r.method) {
    case 'page': {
      const { transform, width, height } = page.getViewport({ scale: 1 });
      return { transform, width, height };
    }
    case 'text':
      return page.getTextContent();
    case 'operators': {
      const { fnArray, argsArray } = await page.getOperatorList();
      return { fnArray, argsArray };
    }
  }
}

export function startAudit(doc: PDFDocumentProxy, data: Uint8Array, info: { name: string; url: string; lang: Lang }): AuditRun {
  const worker = new AuditWorker();
  let settle: (r: AuditRunResult) => void = () => {};
  const result = new Promise<AuditRunResult>((resolve) => (settle = resolve));
  worker.onmessage = (event: MessageEvent<WorkerRequest | WorkerResult>) => {
    const m = event.data;
    if (m.type === 'request') {
      const fail = (err: Error) =>
        worker.postMessage({ type: 'reply', id: m.id, error: { name: err?.name ?? 'Error', message: String(err?.message ?? err) } } satisfies ReplyMessage);
      // A value that cannot be cloned (postMessage throws) is an error reply, never a lost request.
      answer(doc, m)
        .then((value) => worker.postMessage({ type: 'reply', id: m.id, value } satisfies ReplyMessage))
        .catch(fail);
      return;
    }
    const parsed = WorkerResultSchema.safeParse(m);
    settle(parsed.success ? parsed.data : { type: 'failed', message: 'invalid audit result' });
    worker.terminate();
  };
  worker.onerror = (event) => {
    settle({ type: 'failed', message: event.message || 'audit worker failed' });
    worker.terminate();
  };
  const start: StartMessage = { type: 'start', data, ...info, numPages: doc.numPages, ops: { ...pdfjs.OPS } };
  worker.postMessage(start, [data.buffer]);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle({ type: 'cancelled' });
    },
  };
}
