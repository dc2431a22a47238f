// The PDF viewer page: pdf.js's viewer (HiDPI pages, text layer, find, zoom, page navigation)
// with the audit panel docked beside it. The first page shows as soon as the file is read; the
// audit runs in a worker on the same pdf.js document, and a PDF that is not a report goes back to
// the browser's own viewer.

import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AuditPanel } from '@/components/AuditPanel';
import { writeClipboard } from '@/components/clipboard';
import { t, uiLang } from '@/components/i18n';
import { statusOf, viewOf } from '@/components/verdict-view';
import type { Finding } from '@/lib/audit/schema';
import { FOCUS_PANEL_COMMAND, PANEL_KEYS, parsePanelPrefs, type BackgroundMessage, type TabState } from '@/lib/messages';
import { startAudit, type AuditRun } from './audit-client';
import type { AnchorBox, PdfBox } from './audit-protocol';
import { drawBoxes, drawPageBoxes, findingBoxes, revealBoxes, type Box } from './locate';
import { downloadBytes, fileName, printDocument } from './original';
import { openDocument, startPdfWorker } from './pdfjs';
import { createPdfView, type PdfView } from './pdf-view';
import { Toolbar } from './Toolbar';

function publish(state: TabState) {
  const message: BackgroundMessage = { type: 'state', state };
  void browser.runtime.sendMessage(message).catch(() => {});
}

const AUDIT_START_FALLBACK_MS = 1500;

const send = (message: BackgroundMessage) => browser.runtime.sendMessage(message).catch(() => null);

/** Marks for the e2e tests and the benchmark: when the file arrived, page 1 was painted, the audit ended. */
function mark(name: 'nb-bytes' | 'nb-document' | 'nb-first-page' | 'nb-verdict') {
  performance.mark(name);
  document.documentElement.setAttribute(`data-${name}`, performance.now().toFixed(1));
}

/** Fetches the file as an anonymous visitor would: never the user's cookies, never a referrer. */
export async function fetchFile(file: string): Promise<Uint8Array> {
  const response = await fetch(file, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function Viewer({ file, bytes: bytesOf }: { file: string; bytes: Promise<Uint8Array> }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<TabState>({ status: 'running', url: file, viewer: true });
  const [cells, setCells] = useState<Record<string, PdfBox>>({});
  const [anchors, setAnchors] = useState<AnchorBox[][]>([]);
  const [located, setLocated] = useState<Finding | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [view, setView] = useState<PdfView | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const strip = useRef<HTMLButtonElement>(null);
  const doc = useRef<PDFDocumentProxy | null>(null);
  const bytes = useRef<Uint8Array | null>(null);
  const run = useRef<AuditRun | null>(null);
  const boxes = useRef<Box[]>([]);

  const boxesOf = (f: Finding): Box[] => findingBoxes(cells, anchors[state.result?.findings.indexOf(f) ?? -1] ?? [], f);
  /** Folds or unfolds the docked panel, remembered for the next PDF. */
  const fold = (next: boolean) => {
    setCollapsed(next);
    void browser.storage.local.set({ [PANEL_KEYS.viewer]: { collapsed: next } }).catch(() => {});
  };

  useEffect(() => {
    void browser.storage.local
      .get(PANEL_KEYS.viewer)
      .then((stored) => setCollapsed(parsePanelPrefs(stored[PANEL_KEYS.viewer]).collapsed === true))
      .catch(() => {});
    // The keyboard shortcut (manifest `commands`) when this viewer is the page in front.
    const onCommand = (command: string) => {
      if (command !== FOCUS_PANEL_COMMAND || !document.hasFocus()) return;
      setCollapsed(false);
      setTimeout(() => document.querySelector<HTMLElement>('.side .nb-root')?.focus(), 0);
    };
    browser.commands.onCommand.addListener(onCommand);
    return () => browser.commands.onCommand.removeListener(onCommand);
  }, []);

  // Folding moves the keyboard focus from the panel that goes away to the strip that replaces it.
  useEffect(() => {
    if (collapsed && (document.activeElement === document.body || document.activeElement === null)) strip.current?.focus();
  }, [collapsed]);

  const update = (next: TabState) => {
    setState(next);
    publish(next);
  };

  const audit = () => {
    if (!doc.current || !bytes.current) return;
    update({ status: 'running', url: file, viewer: true });
    const current = startAudit(doc.current, bytes.current.slice(), { name: fileName(file), url: file, lang: uiLang() });
    run.current = current;
    void current.result.then((r) => {
      if (run.current !== current) return;
      run.current = null;
      mark('nb-verdict');
      if (r.type === 'cancelled') return update({ status: 'error', url: file, error: t('auditCancelled'), viewer: true });
      if (r.type === 'failed') return update({ status: 'error', url: file, error: t('auditFailed', { detail: r.message }), viewer: true });
      const next: TabState = { status: statusOf(r.result), url: file, result: r.result, viewer: true };
      setCells(r.cells);
      setAnchors(r.anchors);
      update(next);
      // Only reports stay here: anything else goes back to the browser's own viewer.
      if (next.status === 'not-report') void send({ type: 'open-original', url: file, notReport: true });
    });
  };

  useEffect(() => {
    document.title = `${fileName(file)} · ${t('extName')}`;
    publish(state);
    let closed = false;
    let pdfView: PdfView | null = null;
    startPdfWorker();
    (async () => {
      let data: Uint8Array;
      try {
        data = await bytesOf;
      } catch (err) {
        const message = t('viewerFetchFailed', { detail: String((err as Error)?.message ?? err) });
        setProblem(message);
        return update({ status: 'error', url: file, error: message, viewer: true });
      }
      if (closed) return;
      mark('nb-bytes');
      bytes.current = data;
      try {
        doc.current = await openDocument(data.slice()).promise;
        mark('nb-document');
      } catch (err) {
        const message = t('viewerFetchFailed', { detail: String((err as Error)?.message ?? err) });
        setProblem(message);
        return update({ status: 'error', url: file, error: message, viewer: true });
      }
      if (closed || !container.current) return;
      pdfView = createPdfView(container.current, doc.current);
      // The audit starts once page 1 is painted, so that it never delays it; a tab in the
      // background paints nothing, so it starts anyway after a moment.
      let started = false;
      const startOnce = () => {
        if (started || closed) return;
        started = true;
        audit();
      };
      const fallback = setTimeout(startOnce, AUDIT_START_FALLBACK_MS);
      let first = true;
      pdfView.eventBus.on('pagerendered', ({ pageNumber }: { pageNumber: number }) => {
        drawPageBoxes(pdfView!, pageNumber, boxes.current);
        if (!first) return;
        first = false;
        mark('nb-first-page');
        clearTimeout(fallback);
        startOnce();
      });
      setView(pdfView);
      container.current.focus({ preventScroll: true });
    })();
    return () => {
      closed = true;
      run.current?.cancel();
      pdfView?.destroy();
      void doc.current?.loadingTask.destroy();
    };
  }, [file]);

  useEffect(() => {
    if (!view) return;
    boxes.current = located ? boxesOf(located) : [];
    drawBoxes(view, boxes.current);
    if (boxes.current.length && container.current) void revealBoxes(view, container.current, boxes.current);
  }, [located, view, cells, anchors]);

  const openOriginal = () => void send({ type: 'open-original', url: file });
  const panelView = viewOf(state.status, state.result);
  const running = state.status === 'running';

  return (
    <div class="layout" data-panel={collapsed ? 'collapsed' : 'open'}>
      <div class="main">
        <Toolbar
          file={file}
          view={view}
          onDownload={() => bytes.current && downloadBytes(bytes.current, fileName(file))}
          onPrint={() => doc.current && void printDocument(doc.current)}
          onOpenOriginal={openOriginal}
          onCopyLink={() => writeClipboard({ text: file })}
        />
        <main class="pages-area">
          {!view && <p class="message">{problem ?? t('viewerLoading')}</p>}
          <div id="viewerContainer" ref={container} tabIndex={0} aria-label={fileName(file)}>
            <div class="pdfViewer" />
          </div>
        </main>
      </div>
      {collapsed ? (
        <aside class="side strip">
          <button
            type="button"
            ref={strip}
            class="strip-button"
            data-action="expand-panel"
            title={t('panelShow')}
            aria-label={`${t('panelShow')}: ${panelView.text}`}
            onClick={() => fold(false)}
          >
            <span class={`nb-symbol nb-${panelView.verdict}`} aria-hidden="true">
              {panelView.symbol}
            </span>
            <span class="strip-label">{t('extName')}</span>
          </button>
        </aside>
      ) : (
        <aside class="side">
          <AuditPanel
            status={state.status}
            result={state.result}
            error={state.error}
            located={located}
            canLocate={(f) => boxesOf(f).length > 0}
            onLocate={setLocated}
            onClearHighlight={() => setLocated(null)}
            onCollapse={() => fold(true)}
          >
            <p class="viewer-actions">
              {running && view && (
                <button type="button" class="nb-button" data-action="cancel-audit" onClick={() => run.current?.cancel()}>
                  {t('cancelAudit')}
                </button>
              )}
              {state.status === 'error' && doc.current && (
                <button type="button" class="nb-button" data-action="audit-again" onClick={audit}>
                  {t('auditAgain')}
                </button>
              )}
              {state.status === 'not-report' && <span class="note">{t('viewerNotReport')}</span>}
            </p>
          </AuditPanel>
        </aside>
      )}
    </div>
  );
}
