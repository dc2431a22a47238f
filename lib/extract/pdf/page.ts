// One page: furniture dropped, ruled grids read from the operator list (only on pages whose
// text looks tabular), text-position tables where there are no rulings, paragraphs for the rest.

import type { Block, TableBlock } from '../../model/document';
import { fillGrid, runsInside } from './cells';
import { findRegions, isRowLike, partsOf, regionTable } from './fallback';
import { furnitureKey, inBand, isPageNumber, isPrintHeaderOrFooter } from './furniture';
import type { Matrix } from './geometry';
import { findGrids } from './grid';
import { groupLines, type Line } from './lines';
import { readOperators } from './operators';
import { buildParagraphs, margins, type Paragraph } from './paragraphs';
import type { PdfJsLib, PdfPage, Run } from './types';

export interface PageText {
  pageNo: number;
  page: PdfPage;
  viewport: Matrix;
  width: number;
  height: number;
  runs: Run[];
  lines: Line[];
  /** Fonts pdf.js reports as vertical (their glyphs are re-read from the operator list). */
  verticalFonts: Set<string>;
}

export interface Placed {
  top: number;
  block: Block;
  /** Column boundaries of a ruled table, for joining it with its continuation. */
  xs?: number[];
  paragraph?: Paragraph;
}

export interface PageOptions {
  OPS: PdfJsLib['OPS'];
  repeated: Set<string>;
  bodySize: number;
  /** Tests: skip ruling lines to exercise the text-position fallback. */
  rulings: boolean;
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

export async function readPage(text: PageText, opts: PageOptions): Promise<{ placed: Placed[]; notes: string[] }> {
  const notes: string[] = [];
  const dropped = new Set<Run>();
  for (const line of text.lines) if (isFurniture(line, text.height, opts.repeated)) line.runs.forEach((r) => dropped.add(r));
  let runs = text.runs.filter((r) => !dropped.has(r));
  const placed: Placed[] = [];

  if (opts.rulings && looksTabular(text.lines, runs)) {
    const list = await text.page.getOperatorList();
    const graphics = readOperators(list, opts.OPS, text.viewport, text.verticalFonts);
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
