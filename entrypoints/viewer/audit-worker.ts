// The PDF audit off the page's main thread: extraction, recognition and rules run here. pdf.js
// calls go back to the page's document (see audit-protocol.ts), whose own worker does the parsing.

import { z } from 'zod';
import { audit } from '@/lib/audit/index';
import { figuresOf } from '@/lib/model/figures';
import { extractPdf, type PdfJsLib } from '@/lib/extract/pdf/index';
import { findingAnchors } from '@/lib/locate/anchors';
import type { RecognizedReport } from '@/lib/model/report';
import type { DocRequest, PdfBox, ReplyMessage, StartMessage, WorkerResult } from './audit-protocol';

// Worker code runs under the extension's CSP: keep zod off its eval-based fast path.
z.config({ jitless: true });

interface WorkerScope {
  postMessage: (message: unknown) => void;
  onmessage: ((event: MessageEvent<StartMessage | ReplyMessage>) => void) | null;
}
const scope = self as unknown as WorkerScope;
let nextId = 1;
const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

function ask<T>(request: DocRequest): Promise<T> {
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    scope.postMessage({ type: 'request', id, ...request });
  });
}

interface PageSize {
  transform: number[];
  width: number;
  height: number;
}

/** The slice of pdf.js that extractPdf uses, answered by the page's document. */
function remoteLib(numPages: number, OPS: Record<string, number>): PdfJsLib {
  const doc = {
    numPages,
    getPage: async (page: number) => {
      const size = await ask<PageSize>({ method: 'page', page });
      return {
        getViewport: () => size,
        getTextContent: () => ask({ method: 'text', page }),
        getOperatorList: () => ask({ method: 'operators', page }),
        // The page's document holds the resources; nothing to release on this side.
        cleanup: () => true,
      };
    },
    getMetadata: () => ask({ method: 'metadata' }),
  };
  const getDocument = () => ({ promise: Promise.resolve(doc), destroy: async () => {} });
  return { getDocument, OPS } as unknown as PdfJsLib;
}

function cellBoxes(report: RecognizedReport | null): Record<string, PdfBox> {
  const boxes: Record<string, PdfBox> = {};
  if (!report) return boxes;
  for (const [table, t] of Object.entries(report.tables)) {
    for (const [key, cell] of Object.entries(t.cells)) {
      const ref = cell.source?.ref;
      if (ref?.kind === 'pdf') boxes[`${table}:${key}`] = { page: ref.page, x: ref.x, y: ref.y, width: ref.width, height: ref.height };
    }
  }
  return boxes;
}

async function run(m: StartMessage): Promise<WorkerResult> {
  try {
    const doc = await extractPdf(m.data, { kind: 'pdf', name: m.name, url: m.url }, remoteLib(m.numPages, m.ops));
    const outcome = audit(doc, { lang: m.lang });
    const anchors = outcome.result.findings.map((f) =>
      findingAnchors(doc, outcome.report, f).flatMap(({ kind, ref }) =>
        ref.kind === 'pdf' ? [{ kind, page: ref.page, x: ref.x, y: ref.y, width: ref.width, height: ref.height }] : [],
      ),
    );
    return { type: 'done', result: outcome.result, cells: cellBoxes(outcome.report), anchors, figures: outcome.report ? figuresOf(outcome.report) : null };
  } catch (err) {
    return { type: 'failed', message: String((err as Error)?.message ?? err) };
  }
}

scope.onmessage = (event: MessageEvent<StartMessage | ReplyMessage>) => {
  const m = event.data;
  if (m.type === 'reply') {
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (!p) return;
    if (m.error) p.reject(Object.assign(new Error(m.error.message), { name: m.error.name }));
    else p.resolve(m.value);
  } else if (m.type === 'start') {
    void run(m).then((result) => scope.postMessage(result));
  }
};
