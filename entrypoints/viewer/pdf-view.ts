// The pages: pdf.js's own viewer components (PDFViewer with its text layer, link service and
// find controller) in a scrolling container. HiDPI output, lazy rendering and text selection come
// from pdf.js; this module wires them up and exposes what the toolbar needs.

import './pdfjs';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { EventBus, LinkTarget, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import 'pdfjs-dist/web/pdf_viewer.css';

export interface PageView {
  div: HTMLDivElement;
  pdfPage?: { getViewport: (p: { scale: number }) => { width: number; height: number } };
}

export interface PdfView {
  viewer: PDFViewer;
  eventBus: EventBus;
  find: (query: string, again?: 'next' | 'previous') => void;
  pageView: (pageNo: number) => PageView | undefined;
  destroy: () => void;
}

export function createPdfView(container: HTMLDivElement, doc: PDFDocumentProxy): PdfView {
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus, externalLinkTarget: LinkTarget.BLANK, externalLinkRel: 'noopener noreferrer nofollow' });
  const findController = new PDFFindController({ eventBus, linkService });
  const viewer = new PDFViewer({ container, eventBus, linkService, findController, removePageBorders: false, enableAutoLinking: false });
  linkService.setViewer(viewer);
  eventBus.on('pagesinit', () => {
    viewer.currentScaleValue = 'auto';
  });
  viewer.setDocument(doc);
  linkService.setDocument(doc, null);
  // A preset zoom (automatic, page width, whole page) follows the room it has, e.g. when the
  // panel folds into its strip; a zoom the user or "locate" chose stays.
  const presets = new Set(['auto', 'page-width', 'page-fit']);
  const resized = new ResizeObserver(() => {
    // Setting a preset again makes pdf.js recompute the scale for the new size.
    const preset = viewer.currentScaleValue;
    if (viewer.pagesCount && presets.has(preset)) viewer.currentScaleValue = preset;
  });
  resized.observe(container);

  let lastQuery = '';
  const find = (query: string, again?: 'next' | 'previous') => {
    const type = again && query === lastQuery ? 'again' : '';
    lastQuery = query;
    eventBus.dispatch('find', {
      source: null,
      type,
      query,
      caseSensitive: false,
      entireWord: false,
      highlightAll: true,
      findPrevious: again === 'previous',
      matchDiacritics: false,
    });
  };
  return {
    viewer,
    eventBus,
    find,
    pageView: (pageNo) => viewer.getPageView(pageNo - 1) as PageView | undefined,
    destroy: () => {
      resized.disconnect();
      viewer.setDocument(null as unknown as PDFDocumentProxy);
      linkService.setDocument(null, null);
    },
  };
}
