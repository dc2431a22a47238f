// The PDF viewer page: the rendered pages on the left, the audit panel on the right, the
// original PDF one click away. "Locate" draws boxes over the page where each cell was read.

import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AuditPanel } from '@/components/AuditPanel';
import { t, uiLang } from '@/components/i18n';
import { statusOf } from '@/components/verdict-view';
import type { Finding } from '@/lib/audit/schema';
import type { BackgroundMessage, TabState } from '@/lib/messages';
import type { RecognizedReport } from '@/lib/model/report';
import { parseCellRef } from '@/lib/standard/tables';
import { auditPdf, fileName, renderPages, type RenderedPage } from './pdf';

const SCALE = 1.4;

interface Box {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  suspect: boolean;
}

function findingBoxes(report: RecognizedReport, f: Finding): Box[] {
  const boxes: Box[] = [];
  for (const ref of new Set([...f.cells, ...(f.suspect ? [f.suspect] : [])])) {
    const parsed = parseCellRef(ref);
    const src = parsed && report.tables[parsed.table].cells[parsed.key]?.source?.ref;
    if (src?.kind === 'pdf') boxes.push({ ...src, suspect: ref === f.suspect });
  }
  return boxes;
}

// Preact 11 no longer appends "px" to numbers.
const px = (n: number) => `${n.toFixed(1)}px`;

function publish(state: TabState) {
  const message: BackgroundMessage = { type: 'state', state };
  void browser.runtime.sendMessage(message).catch(() => {});
}

function Page({ page, boxes }: { page: RenderedPage; boxes: Box[] }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    holder.current?.replaceChildren(page.canvas);
  }, [page]);
  return (
    <figure class="page" data-page={page.pageNo} aria-label={t('viewerPage', page.pageNo)}>
      <div ref={holder} />
      {boxes
        .filter((b) => b.page === page.pageNo)
        .map((b, i) => (
          <span
            key={i}
            class={b.suspect ? 'box suspect' : 'box'}
            data-nianbao-highlight={b.suspect ? 'suspect' : 'cell'}
            style={{ left: px(b.x * page.scale), top: px(b.y * page.scale), width: px(b.width * page.scale), height: px(b.height * page.scale) }}
          />
        ))}
    </figure>
  );
}

export function Viewer({ file }: { file: string | null }) {
  const [state, setState] = useState<TabState>({ status: 'running', url: file ?? location.href, viewer: true });
  const [report, setReport] = useState<RecognizedReport | null>(null);
  const [pages, setPages] = useState<RenderedPage[]>([]);
  const [located, setLocated] = useState<Finding | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    if (!file) return;
    document.title = `${fileName(file)} · ${t('extName')}`;
    const fail = (message: string) => {
      const next: TabState = { status: 'error', url: file, error: message, viewer: true };
      setState(next);
      publish(next);
    };
    (async () => {
      let data: Uint8Array;
      try {
        const response = await fetch(file, { credentials: 'include' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        data = new Uint8Array(await response.arrayBuffer());
      } catch (err) {
        const message = t('viewerFetchFailed', String((err as Error).message ?? err));
        setLoadError(message);
        return fail(message);
      }
      publish({ status: 'running', url: file, viewer: true });
      try {
        const outcome = await auditPdf(data, file, uiLang());
        const next: TabState = { status: statusOf(outcome.result), url: file, result: outcome.result, viewer: true };
        setReport(outcome.report);
        setState(next);
        publish(next);
      } catch (err) {
        fail(t('auditFailed', String((err as Error).message ?? err)));
      }
      await renderPages(data, SCALE, (p) => setPages((prev) => [...prev, p])).catch((err) =>
        setLoadError(t('viewerFetchFailed', String((err as Error).message ?? err))),
      );
    })();
  }, [file]);

  const boxes = report && located ? findingBoxes(report, located) : [];
  useEffect(() => {
    if (boxes.length === 0) return;
    const first = boxes.find((b) => b.suspect) ?? boxes[0]!;
    const page = document.querySelector<HTMLElement>(`.page[data-page="${first.page}"]`);
    page?.parentElement?.scrollTo({ top: page.offsetTop + first.y * SCALE - 120 });
  }, [located, pages.length]);

  const openOriginal = () => {
    if (!file) return;
    const message: BackgroundMessage = { type: 'open-original', url: file };
    void browser.runtime.sendMessage(message);
  };

  if (!file) return <p class="message">{t('viewerNoFile')}</p>;
  return (
    <div class="layout">
      <main class="pages">
        {pages.length === 0 && <p class="message">{loadError ?? t('viewerLoading')}</p>}
        {pages.map((p) => (
          <Page key={p.pageNo} page={p} boxes={boxes} />
        ))}
      </main>
      <aside class="side">
        <AuditPanel
          status={state.status}
          result={state.result}
          error={state.error}
          located={located}
          canLocate={(f) => report !== null && findingBoxes(report, f).length > 0}
          onLocate={setLocated}
          onClearHighlight={() => setLocated(null)}
        >
          <p class="original">
            <button type="button" class="nb-button" data-action="open-original" onClick={openOriginal}>
              {t('openOriginal')}
            </button>
            <span class="file">{fileName(file)}</span>
          </p>
        </AuditPanel>
      </aside>
    </div>
  );
}
