// "Locate" in the viewer: boxes over the cells of a finding (the suspect cell told apart by its
// outline style as well as its colour) and over its printed label or sentence, drawn in each page's own element
// in percentages of the page, so they sit on the text layer's coordinates at any zoom. The view
// then scrolls both ways to centre them, zooming out first when they cannot all be seen.

import type { Finding } from '@/lib/audit/schema';
import type { AnchorBox, PdfBox } from './audit-protocol';
import type { PdfView } from './pdf-view';

export interface Box extends PdfBox {
  kind: 'cell' | 'suspect' | 'label' | 'text';
}

export function findingBoxes(cells: Record<string, PdfBox>, anchors: readonly AnchorBox[], f: Finding): Box[] {
  const boxes: Box[] = [];
  for (const ref of new Set([...f.cells, ...(f.suspect ? [f.suspect] : [])])) {
    const box = cells[ref];
    if (box) boxes.push({ ...box, kind: ref === f.suspect ? 'suspect' : 'cell' });
  }
  for (const a of anchors) boxes.push(a);
  return boxes;
}

const LAYER = 'nb-boxes';
const pct = (n: number) => `${(n * 100).toFixed(4)}%`;

/** Page size in PDF points as the page is displayed (the boxes' coordinate space). */
function pageSize(view: PdfView, pageNo: number): { width: number; height: number } | null {
  const pv = view.pageView(pageNo);
  if (!pv) return null;
  if (pv.pdfPage) return pv.pdfPage.getViewport({ scale: 1 });
  const vp = (pv as unknown as { viewport: { width: number; height: number; scale: number } }).viewport;
  return { width: vp.width / vp.scale, height: vp.height / vp.scale };
}

/** Draws the boxes of one page (pdf.js empties a page's element when it re-renders it). */
export function drawPageBoxes(view: PdfView, pageNo: number, boxes: Box[]): void {
  const pv = view.pageView(pageNo);
  if (!pv) return;
  pv.div.querySelector(`:scope > .${LAYER}`)?.remove();
  const mine = boxes.filter((b) => b.page === pageNo);
  const size = pageSize(view, pageNo);
  if (mine.length === 0 || !size) return;
  const layer = document.createElement('div');
  layer.className = LAYER;
  for (const b of mine) {
    const span = document.createElement('span');
    span.className = `nb-box ${b.kind}`;
    span.setAttribute('data-nianbao-highlight', b.kind);
    span.style.left = pct(b.x / size.width);
    span.style.top = pct(b.y / size.height);
    span.style.width = pct(b.width / size.width);
    span.style.height = pct(b.height / size.height);
    layer.append(span);
  }
  pv.div.append(layer);
}

export function drawBoxes(view: PdfView, boxes: Box[]): void {
  for (let n = 1; n <= view.viewer.pagesCount; n++) drawPageBoxes(view, n, boxes);
}

function union(rects: DOMRect[]): { left: number; top: number; right: number; bottom: number } {
  return {
    left: Math.min(...rects.map((r) => r.left)),
    top: Math.min(...rects.map((r) => r.top)),
    right: Math.max(...rects.map((r) => r.right)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
  };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const MARGIN = 0.9;

/** Scrolls the container so that the boxes on the suspect's page (or the first page) are centred. */
export async function revealBoxes(view: PdfView, container: HTMLElement, boxes: Box[]): Promise<void> {
  const target = (boxes.find((b) => b.kind === 'suspect') ?? boxes[0])?.page;
  if (target === undefined) return;
  const spans = () => [...(view.pageView(target)?.div.querySelectorAll<HTMLElement>(`.${LAYER} > span`) ?? [])];
  if (spans().length === 0) return;
  let area = union(spans().map((s) => s.getBoundingClientRect()));
  const fit = Math.min(
    (container.clientWidth * MARGIN) / (area.right - area.left),
    (container.clientHeight * MARGIN) / (area.bottom - area.top),
  );
  if (fit < 1) {
    view.viewer.currentScale = Math.max(0.25, view.viewer.currentScale * fit);
    await nextFrame();
    area = union(spans().map((s) => s.getBoundingClientRect()));
  }
  const box = container.getBoundingClientRect();
  const left = container.scrollLeft + (area.left + area.right) / 2 - box.left - container.clientWidth / 2;
  const top = container.scrollTop + (area.top + area.bottom) / 2 - box.top - container.clientHeight / 2;
  container.scrollTo({ left: Math.max(0, left), top: Math.max(0, top) });
}
