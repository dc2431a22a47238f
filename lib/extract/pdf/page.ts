// One page: furniture dropped, ruled grids (ruling lines read only on pages whose text looks
// tabular), text-position tables where there are no rulings, paragraphs for the rest.

import type { Block, TableBlock } from '../../model/document';
import { BudgetExceeded, MAX_PAGE_SEGMENTS } from './budgets';
import { cellText, fillGrid, runsInside } from './cells';
import { findRegions, isRowLike, partsOf, regionTable } from './fallback';
import { furnitureKey, inBand, isPageNumber, isPrintHeaderOrFooter } from './furniture';
import type { Matrix } from './geometry';
import { findGrids } from './grid';
import { groupLines, type Line } from './lines';
import { boxAround, linesInside } from './lone-box';
import { readOperators, type PageGraphics } from './operators';
import { buildParagraphs, margins, type Paragraph } from './paragraphs';
import { contentGraphics } from './raw/content';
import type { RawPdf } from './raw/objects';
import type { Segment } from './segments';
import type { PdfJsLib, PdfPage, Run } from './types';

export interface PageText {
  pageNo: number;
  page: PdfPage;
  viewport: Matrix;
  width: number;
  height: number;
  runs: Run[];
  lines: Line[];
  /** Fonts pdf.js reports as vertical (their glyphs are re-read with the ruling lines). */
  verticalFonts: Set<string>;
}

export interface Placed {
  top: number;
  block: Block;
  /** Column boundaries of a ruled table, for joining it with its continuation. */
  xs?: number[];
  paragraph?: Paragraph;
  /** A one-cell ruled row left alone at the bottom of the page: text unless joinPages joins it. */
  lone?: boolean;
}

export interface PageOptions {
  OPS: PdfJsLib['OPS'];
  /** The file's own content streams, when they can be read without pdf.js (see raw/). */
  raw: () => Promise<RawPdf | null>;
  repeated: Set<string>;
  bodySize: number;
  /** Tests: skip ruling lines to exercise the text-position fallback. */
  rulings: boolean;
  /** The next page looks tabular: a table may begin at the bottom of this one. */
  tableFollows?: boolean;
}

/** Margin lines that are furniture (page numbers with decoration, print headers, running headers). */
export function isFurniture(line: Line, height: number, repeated: Set<string>): boolean {
  if (!inBand(line, height)) return false;
  return isPageNumber(line.text, false) || isPrintHeaderOrFooter(line.text) || repeated.has(furnitureKey(line.text));
}

/** Cheap test from the text layout: rows of parts set apart, values, or vertical text. */
export function looksTabular(lines: Line[], runs: Run[]): boolean {
  if (runs.some((r) => r.vertical)) return true;
  let rows = 0;
  let values = 0;
  for (const line of lines) {
    const parts = partsOf(line);
    // Prose never leaves wide gaps; four parts on one line is a table header or row.
    if (parts.length >= 4) return true;
    if (isRowLike(line)) rows++;
    values += parts.filter((p) => p.value).length;
    if (rows >= 2 || values >= 6) return true;
  }
  return false;
}

/** Whether a page without text draws an image (a scan) rather than nothing; unknown → true. */
export async function drawsImage(text: PageText, opts: PageOptions): Promise<boolean> {
  const raw = await opts.raw();
  if (!raw) return true;
  try {
    return ((await contentGraphics(raw, text.pageNo - 1, text.viewport)).images ?? 1) > 0;
  } catch {
    return true;
  }
}

/**
 * Ruling lines (and vertical glyphs) from the page's content stream when it can be read
 * directly, several times cheaper than an operator list; pdf.js's operator list otherwise.
 */
async function readGraphics(text: PageText, runs: Run[], opts: PageOptions): Promise<PageGraphics> {
  const raw = await opts.raw();
  if (raw) {
    try {
      const graphics = await contentGraphics(raw, text.pageNo - 1, text.viewport);
      if (coversVerticalText(graphics.verticalGlyphs, runs)) return graphics;
    } catch (e) {
      // Past a budget pdf.js would do the same work without one: the page is read as text.
      if (e instanceof BudgetExceeded) throw e;
      // Otherwise pdf.js reads what the direct reader cannot.
    }
  }
  const graphics = readOperators(await text.page.getOperatorList(), opts.OPS, text.viewport, text.verticalFonts);
  if (graphics.segments.length > MAX_PAGE_SEGMENTS) throw new BudgetExceeded(`表格线超过 ${MAX_PAGE_SEGMENTS.toLocaleString('en')} 条`);
  return graphics;
}

/** Every character pdf.js read in a vertical font is among the glyphs read directly. */
function coversVerticalText(glyphs: Run[], runs: Run[]): boolean {
  const have = new Map<string, number>();
  for (const g of glyphs) for (const ch of g.text) have.set(ch, (have.get(ch) ?? 0) + 1);
  for (const r of runs) {
    if (!r.vertical) continue;
    for (const ch of r.text) {
      const n = have.get(ch) ?? 0;
      if (n === 0) return false;
      have.set(ch, n - 1);
    }
  }
  return true;
}

/** The page's last text inside a ruled box of its own, below everything else: a table's cut-off first row. */
function loneRow(lines: Line[], segments: Segment[], placed: Placed[], page: number): { placed: Placed; lines: Line[] } | null {
  const last = lines[lines.length - 1];
  const box = last && boxAround(segments, last);
  if (!box || placed.some((p) => p.top >= box.y0)) return null;
  const inside = linesInside(lines, box);
  if (lines.some((l) => !inside.includes(l) && l.y1 > box.y0 + 1)) return null;
  const ref = { kind: 'pdf' as const, page, x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 };
  const table: TableBlock = {
    kind: 'table',
    cells: [{ text: cellText(inside.flatMap((l) => l.runs)), row: 0, col: 0, rowSpan: 1, colSpan: 1, ref }],
    rowCount: 1,
    colCount: 1,
    exact: true,
    ref,
  };
  return { placed: { top: box.y0, block: table, xs: [box.x0, box.x1], lone: true }, lines: inside };
}

export async function readPage(text: PageText, opts: PageOptions): Promise<{ placed: Placed[]; notes: string[] }> {
  const notes: string[] = [];
  const dropped = new Set<Run>();
  for (const line of text.lines) if (isFurniture(line, text.height, opts.repeated)) line.runs.forEach((r) => dropped.add(r));
  let runs = text.runs.filter((r) => !dropped.has(r));
  const placed: Placed[] = [];
  let segments: Segment[] = [];

  if (opts.rulings && (looksTabular(text.lines, runs) || opts.tableFollows)) {
    const graphics = await readGraphics(text, runs, opts);
    segments = graphics.segments;
    if (graphics.verticalGlyphs.length) runs = [...runs.filter((r) => !r.vertical), ...graphics.verticalGlyphs];
    const used = new Set<Run>();
    for (const grid of findGrids(graphics.segments)) {
      const inside = runsInside(grid, runs).filter((r) => !used.has(r));
      const table = fillGrid(grid, inside, text.pageNo);
      if (!table) continue;
      inside.forEach((r) => used.add(r));
      placed.push({ top: grid.y0, block: table, xs: grid.xs });
    }
    runs = runs.filter((r) => !used.has(r));
  }

  let lines = groupLines(runs).filter((l) => !(inBand(l, text.height) && isPageNumber(l.text, true)));
  const lone = segments.length ? loneRow(lines, segments, placed, text.pageNo) : null;
  if (lone) {
    placed.push(lone.placed);
    lines = lines.filter((l) => !lone.lines.includes(l));
  }
  for (const region of findRegions(lines)) {
    const table: TableBlock = regionTable(region, text.pageNo);
    placed.push({ top: region.lines[0]!.y0, block: table });
    const inRegion = new Set(region.lines);
    lines = lines.filter((l) => !inRegion.has(l));
    notes.push(`第 ${text.pageNo} 页有一个没有框线的表格，列位置按文字位置推断，可能不准确`);
  }

  const tableEdges = placed.flatMap((p) => {
    const ref = p.block.ref;
    return ref && ref.kind === 'pdf' ? [ref.y, ref.y + ref.height] : [p.top];
  });
  if (lines.length) {
    const paragraphs = buildParagraphs(lines, text.pageNo, opts.bodySize, margins(lines), tableEdges);
    for (const p of paragraphs) placed.push({ top: p.y0, block: p.block, paragraph: p });
  }
  placed.sort((a, b) => a.top - b.top);
  return { placed, notes };
}
