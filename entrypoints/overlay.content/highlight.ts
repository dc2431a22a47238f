// Marks what a finding names on the page: its cells, the suspect cell, the printed label of a label
// finding and the sentence of a text finding. An outline and a tint set inline on the elements
// themselves (no layout change), each element's previous style attribute kept so clearing restores
// it exactly. The kinds differ by outline style as well as colour (double for the suspect cell,
// dashed for its neighbours, dotted for labels and sentences).

import type { Finding } from '@/lib/audit/schema';
import { findingAnchors } from '@/lib/locate/anchors';
import type { ExtractedDoc, SourceRef } from '@/lib/model/document';
import type { RecognizedReport } from '@/lib/model/report';
import { parseCellRef } from '@/lib/standard/tables';

export const HIGHLIGHT_ATTR = 'data-nianbao-highlight';

// Written as attribute text, not through el.style: the CSSOM serialises the attribute lazily and
// could write style="" back after it was removed.
const STYLES: Record<MarkKind, string> = {
  cell: 'outline: 3px dashed #b26a00 !important; outline-offset: -3px !important; background-color: rgba(249, 168, 37, 0.28) !important;',
  suspect: 'outline: 5px double #c62828 !important; outline-offset: -5px !important; background-color: rgba(198, 40, 40, 0.22) !important;',
  label: 'outline: 3px dotted #0550ae !important; outline-offset: -3px !important; background-color: rgba(9, 105, 218, 0.14) !important;',
  text: 'outline: 3px dotted #0550ae !important; outline-offset: 2px !important; background-color: rgba(9, 105, 218, 0.14) !important;',
};

export type MarkKind = 'cell' | 'suspect' | 'label' | 'text';
export interface Mark {
  el: HTMLElement;
  kind: MarkKind;
}

let marked: { el: HTMLElement; style: string | null }[] = [];

function cellElement(report: RecognizedReport, ref: string): HTMLElement | null {
  const parsed = parseCellRef(ref);
  if (!parsed) return null;
  return element(report.tables[parsed.table].cells[parsed.key]?.source?.ref);
}

const element = (ref: SourceRef | undefined): HTMLElement | null =>
  ref?.kind === 'dom' && ref.element instanceof HTMLElement ? ref.element : null;

/** The page elements of a finding: its cells, the suspect cell, its label or sentence; each once. */
export function findingMarks(page: { doc: ExtractedDoc; report: RecognizedReport | null }, f: Finding): Mark[] {
  const kinds = new Map<HTMLElement, MarkKind>();
  if (page.report) {
    for (const ref of f.cells) {
      const el = cellElement(page.report, ref);
      if (el && !kinds.has(el)) kinds.set(el, 'cell');
    }
    const suspect = f.suspect ? cellElement(page.report, f.suspect) : null;
    if (suspect) kinds.set(suspect, 'suspect');
  }
  for (const anchor of findingAnchors(page.doc, page.report, f)) {
    const el = element(anchor.ref);
    if (el && !kinds.has(el)) kinds.set(el, anchor.kind);
  }
  return [...kinds].map(([el, kind]) => ({ el, kind }));
}

export function clearHighlight(): void {
  for (const { el, style } of marked) {
    el.removeAttribute(HIGHLIGHT_ATTR);
    if (style === null) el.removeAttribute('style');
    else el.setAttribute('style', style);
  }
  marked = [];
}

export function highlight(targets: Mark[]): void {
  clearHighlight();
  for (const { el, kind } of targets) {
    const style = el.getAttribute('style');
    marked.push({ el, style });
    el.setAttribute(HIGHLIGHT_ATTR, kind);
    el.setAttribute('style', `${style ? `${style};` : ''}${STYLES[kind]}`);
  }
  // What the finding is about first: the suspect cell, the quoted sentence, the printed label.
  const first = (['suspect', 'text', 'label', 'cell'] as const).map((k) => targets.find((t) => t.kind === k)).find(Boolean)?.el;
  first?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
