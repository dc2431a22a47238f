// Marks the page cells a finding names: an outline and a tint set inline on the cells themselves
// (no layout change), each cell's previous style attribute kept so clearing restores it exactly.

import type { Finding } from '@/lib/audit/schema';
import type { RecognizedReport } from '@/lib/model/report';
import { parseCellRef } from '@/lib/standard/tables';

export const HIGHLIGHT_ATTR = 'data-nianbao-highlight';

// Written as attribute text, not through el.style: the CSSOM serialises the attribute lazily and
// could write style="" back after it was removed.
const STYLES = {
  cell: 'outline: 3px solid #f9a825 !important; outline-offset: -2px !important; background-color: rgba(249, 168, 37, 0.28) !important;',
  suspect: 'outline: 3px solid #c62828 !important; outline-offset: -2px !important; background-color: rgba(198, 40, 40, 0.22) !important;',
};

let marked: { el: HTMLElement; style: string | null }[] = [];

function cellElement(report: RecognizedReport, ref: string): HTMLElement | null {
  const parsed = parseCellRef(ref);
  if (!parsed) return null;
  const source = report.tables[parsed.table].cells[parsed.key]?.source?.ref;
  return source?.kind === 'dom' && source.element instanceof HTMLElement ? source.element : null;
}

/** The page elements of a finding's cells, the suspect cell marked, each element once. */
export function findingElements(report: RecognizedReport, f: Finding): { el: HTMLElement; suspect: boolean }[] {
  const seen = new Map<HTMLElement, boolean>();
  for (const ref of f.cells) {
    const el = cellElement(report, ref);
    if (el && !seen.has(el)) seen.set(el, false);
  }
  const suspect = f.suspect ? cellElement(report, f.suspect) : null;
  if (suspect) seen.set(suspect, true);
  return [...seen].map(([el, isSuspect]) => ({ el, suspect: isSuspect }));
}

export function clearHighlight(): void {
  for (const { el, style } of marked) {
    el.removeAttribute(HIGHLIGHT_ATTR);
    if (style === null) el.removeAttribute('style');
    else el.setAttribute('style', style);
  }
  marked = [];
}

export function highlight(targets: { el: HTMLElement; suspect: boolean }[]): void {
  clearHighlight();
  for (const { el, suspect } of targets) {
    const style = el.getAttribute('style');
    marked.push({ el, style });
    el.setAttribute(HIGHLIGHT_ATTR, suspect ? 'suspect' : 'cell');
    el.setAttribute('style', `${style ? `${style};` : ''}${STYLES[suspect ? 'suspect' : 'cell']}`);
  }
  const first = targets.find((t) => t.suspect)?.el ?? targets[0]?.el;
  first?.scrollIntoView({ block: 'center', inline: 'nearest' });
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Moves the panel to the other side of the window when it would hide a located cell. */
export function keepClearOf(host: HTMLElement, elements: HTMLElement[]): void {
  const covers = () => {
    const panel = host.getBoundingClientRect();
    return elements.some((el) => overlaps(el.getBoundingClientRect(), panel));
  };
  host.removeAttribute('data-side');
  if (!covers()) return;
  host.setAttribute('data-side', 'left');
  if (covers()) host.removeAttribute('data-side');
}
