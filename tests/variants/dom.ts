// HTML helpers for the transforms: parse with jsdom (the parser the checker uses in Node),
// serialise back, find the three standard tables by their labels, resolve a table into a grid
// (rowspan/colspan as the HTML table model places them), find the section headings by the
// titles the truth records. Everything is found by structure and labels, never by offsets.

import { JSDOM, VirtualConsole } from 'jsdom';
import type { TableKey, Truth } from './types';

let parser: DOMParser | null = null;

export function parseHtml(html: string): Document {
  if (!parser) {
    const { window } = new JSDOM('', { virtualConsole: new VirtualConsole() });
    parser = new window.DOMParser();
  }
  return parser.parseFromString(html, 'text/html');
}

export function serializeHtml(doc: Document): string {
  const dt = doc.doctype;
  let head = '';
  if (dt) {
    head = `<!DOCTYPE ${dt.name}`;
    if (dt.publicId) head += ` PUBLIC "${dt.publicId}"`;
    if (dt.systemId) head += `${dt.publicId ? '' : ' SYSTEM'} "${dt.systemId}"`;
    head += '>\n';
  }
  return head + doc.documentElement.outerHTML + '\n';
}

/** Label normalisation of spec §8 (NFKC, one quote form, no whitespace, 1、→1.). */
export function norm(s: string | null | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .replace(/[“”「」"]/g, '"')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/^(\d+)[、.．]/, '$1.');
}

export interface GCell {
  el: HTMLTableCellElement;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Normalised text. */
  text: string;
}

export interface Grid {
  table: HTMLTableElement;
  rows: HTMLTableRowElement[];
  cells: GCell[];
  width: number;
  /** The cell covering (row, col), if any. */
  at(row: number, col: number): GCell | undefined;
  /** Cells whose top-left corner is in this row, left to right. */
  starting(row: number): GCell[];
}

/** Rows of this table only (not of a nested table), in document order. */
export function tableRows(table: HTMLTableElement): HTMLTableRowElement[] {
  return [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
}

export function buildGrid(table: HTMLTableElement): Grid {
  const rows = tableRows(table);
  const taken = new Map<string, GCell>();
  const cells: GCell[] = [];
  let width = 0;
  rows.forEach((tr, r) => {
    let c = 0;
    for (const el of [...tr.children].filter((x): x is HTMLTableCellElement => x.tagName === 'TD' || x.tagName === 'TH')) {
      while (taken.has(`${r},${c}`)) c++;
      const rowSpan = Math.max(1, Number(el.getAttribute('rowspan')) || 1);
      const colSpan = Math.max(1, Number(el.getAttribute('colspan')) || 1);
      const g: GCell = { el, row: r, col: c, rowSpan: Math.min(rowSpan, rows.length - r), colSpan, text: norm(el.textContent) };
      cells.push(g);
      for (let i = 0; i < g.rowSpan; i++) for (let j = 0; j < colSpan; j++) taken.set(`${r + i},${c + j}`, g);
      c += colSpan;
      width = Math.max(width, c);
    }
  });
  return {
    table,
    rows,
    cells,
    width,
    at: (r, c) => taken.get(`${r},${c}`),
    starting: (r) => cells.filter((g) => g.row === r).sort((a, b) => a.col - b.col),
  };
}

const TABLE_SIGNS: Record<TableKey, (t: string) => boolean> = {
  active: (t) => t.includes('第二十条') && t.includes('行政许可') && t.includes('行政事业性收费'),
  applications: (t) => t.includes('本年新收') && t.includes('结转下年度'),
  reviews: (t) => t.includes('复议后起诉') && t.includes('尚未审结'),
};

/** The one table of the document that carries the labels of a standard table. */
export function findTable(doc: Document, key: TableKey): HTMLTableElement | null {
  const hits = [...doc.querySelectorAll('table')].filter((t) => TABLE_SIGNS[key](norm(t.textContent)));
  // A layout table wrapping the article would match too: keep the innermost.
  const inner = hits.filter((t) => !hits.some((o) => o !== t && t.contains(o)));
  return inner.length === 1 ? inner[0]! : null;
}

/** Value cells of a table 三 row: the cells starting in it within the last seven grid columns. */
export function t3ValueCells(grid: Grid, row: number): GCell[] {
  return grid.starting(row).filter((g) => g.col >= grid.width - 7);
}

/** Replace the printed text of a cell, keeping its inline markup (Word's <p><span>…). */
export function setCellText(el: Element, text: string): void {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const first = nodes.find((n) => norm(n.data) !== '');
  if (!first) {
    // An empty cell: write into its innermost element (keeps a <p> inside Word cells).
    let host: Element = el;
    while (host.children.length === 1 && !['BR', 'IMG'].includes(host.children[0]!.tagName)) host = host.children[0]!;
    for (const br of [...host.querySelectorAll('br')]) br.remove();
    host.textContent = text;
    return;
  }
  first.data = first.data.replace(/\S.*\S|\S/s, text);
  for (const n of nodes) if (n !== first && norm(n.data) !== '') n.data = '';
}

/** Empty a cell (keeps its markup, leaves a non-breaking space as Word does). */
export function clearCell(el: Element): void {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const n of nodes) n.data = '';
  for (const br of [...el.querySelectorAll('br')]) br.remove();
}

// ---------------------------------------------------------------------------------------------
// Sections

export interface Heading {
  no: number;
  el: Element;
  title: string;
}

const BLOCKS = 'p,h1,h2,h3,h4,h5,h6,div';

/**
 * The six headings, located by the titles the truth records (the whole text of a block element
 * equals the title). Null when any found section's heading cannot be located exactly once, or
 * when the headings do not share one parent (then sections cannot be moved as sibling runs).
 */
export function findHeadings(doc: Document, truth: Truth): Heading[] | null {
  const out: Heading[] = [];
  const blocks = [...doc.querySelectorAll(BLOCKS)];
  for (const s of truth.sections) {
    if (!s.found || !s.title) return null;
    const want = norm(s.title);
    const hits = blocks.filter((b) => norm(b.textContent) === want && !b.closest('table'));
    const inner = hits.filter((b) => !hits.some((o) => o !== b && b.contains(o)));
    if (inner.length !== 1) return null;
    out.push({ no: s.no, el: inner[0]!, title: s.title });
  }
  const parent = out[0]!.el.parentElement;
  if (!parent || out.some((h) => h.el.parentElement !== parent)) return null;
  return out;
}

/** Replace a heading's text, keeping its element and inline markup. */
export function setHeadingText(el: Element, text: string): void {
  setCellText(el, text);
}

/**
 * The trailing run of the container after the last section's content: empty paragraphs, the
 * signature (organ) and the date line. Short lines without sentence punctuation.
 */
export function isTail(el: Element): boolean {
  const t = norm(el.textContent);
  if (el.querySelector('table,img')) return false;
  return t.length <= 40 && !/[。；;：:，,]/.test(t);
}

/** The sibling elements of a section: its heading up to the next heading (section 6: before the tail). */
export function sectionRun(headings: Heading[], no: number): Element[] {
  const i = headings.findIndex((h) => h.no === no);
  const start = headings[i]!.el;
  const next = headings[i + 1]?.el ?? null;
  const run: Element[] = [];
  for (let e: Element | null = start; e && e !== next; e = e.nextElementSibling) run.push(e);
  if (!next) while (run.length > 1 && isTail(run[run.length - 1]!)) run.pop();
  return run;
}

// ---------------------------------------------------------------------------------------------
// Table 三 rows

/** Leaf labels of table 三, normalised, as tests on a cell's text. */
export const T3_LABELS: Record<string, (t: string) => boolean> = {
  new: (t) => t.includes('本年新收'),
  carried_in: (t) => t.includes('上年结转'),
  'results.disclosed': (t) => /予以公开$/.test(t),
  'results.partial': (t) => /^(?:\(二\))?部分公开/.test(t),
  'results.withheld.secret': (t) => /国家秘密$/.test(t),
  'results.withheld.law': (t) => t.includes('禁止公开'),
  'results.withheld.safety': (t) => t.includes('三安全一稳定'),
  'results.withheld.third_party': (t) => t.includes('第三方合法权益'),
  'results.withheld.internal': (t) => t.includes('内部事务'),
  'results.withheld.process': (t) => t.includes('过程性信息'),
  'results.withheld.enforcement': (t) => t.includes('行政执法案卷'),
  'results.withheld.query': (t) => t.includes('行政查询事项'),
  'results.unavailable.not_held': (t) => t.includes('不掌握'),
  'results.unavailable.needs_creation': (t) => t.includes('另行制作'),
  'results.unavailable.unclear': (t) => t.includes('仍不明确'),
  'results.rejected.complaint': (t) => t.includes('信访举报投诉'),
  'results.rejected.repeat': (t) => /重复申请$/.test(t),
  'results.rejected.publication': (t) => t.includes('公开出版物'),
  'results.rejected.excessive': (t) => t.includes('大量反复申请'),
  'results.rejected.confirmation': (t) => t.includes('重新出具'),
  'results.other.no_correction': (t) => t.includes('逾期不补正'),
  'results.other.no_fee': (t) => t.includes('收费通知'),
  'results.other.other': (t) => /^3\.其他$/.test(t),
  'results.total': (t) => /^(?:\(七\))?总计$/.test(t) && t.startsWith('('),
  carried_out: (t) => t.includes('结转下年度'),
};

/** Grid row of each table 三 row key whose label is found exactly once. */
export function t3RowIndex(grid: Grid): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, test] of Object.entries(T3_LABELS)) {
    const hits = grid.cells.filter((g) => test(g.text));
    if (hits.length === 1) out.set(key, hits[0]!.row);
  }
  return out;
}

/** The group label cell of table 三 (（三）不予公开 …) by its ordinal and words. */
export function groupCell(grid: Grid, label: string): GCell | undefined {
  const hits = grid.cells.filter((g) => g.text === norm(label));
  return hits.length === 1 ? hits[0] : undefined;
}

/** Shrink or grow every span that crosses a row boundary. */
export function adjustSpansAcross(grid: Grid, afterRow: number, delta: number, except: Set<GCell> = new Set()): void {
  for (const g of grid.cells) {
    if (except.has(g)) continue;
    if (g.row <= afterRow && g.row + g.rowSpan - 1 > afterRow) setRowSpan(g.el, g.rowSpan + delta);
  }
}

export function setRowSpan(el: Element, n: number): void {
  if (n <= 1) el.removeAttribute('rowspan');
  else el.setAttribute('rowspan', String(n));
}

/** The printed form of a value: integers plainly, decimals as they are. */
export const printed = (v: number | null): string => (v === null ? '' : String(v));
