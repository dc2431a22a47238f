// An extracted document (blocks of text and table grids) → a DOCX as a person would type it in
// Word or WPS: headings and paragraphs, bordered tables with merged cells (rowSpan/colSpan as
// vertical and horizontal merges), in the layout a producer variant asks for.

import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Block, GridCell, TableBlock } from '../../lib/model/document';

export interface LayoutOptions {
  /** Font for all text (East Asian and Latin); undefined leaves LibreOffice's defaults. */
  font?: string;
  /** Page margins in cm (default 2.54 top/bottom, 3.17 left/right, Word's A4 defaults). */
  margin?: number;
  /** Mark each table's header rows (rows above its first figure) as repeated on every page. */
  repeatHeader?: boolean;
  /** Rows this tall (pt) in tables of 20 rows or more, so such a table runs over a page break. */
  tallRows?: number;
  /** Text direction of tall merged label cells (a column of group labels). */
  verticalLabels?: 'tbRl' | 'btLr';
  /** The largest table on a landscape page of its own. */
  landscapeLargest?: boolean;
  /** A title printed before the first block when the blocks do not start with it. */
  title?: string | null;
}

const A4 = { width: 11906, height: 16838 }; // twips
const CM = 567; // twips per cm
const BODY_PT = 16; // 三号 is 16 pt; reports use 仿宋_GB2312 三号 for the body
const TABLE_PT = 10.5; // 五号

export async function buildDocx(blocks: Block[], opts: LayoutOptions = {}): Promise<Uint8Array> {
  const margin = opts.margin !== undefined ? { top: opts.margin * CM, bottom: opts.margin * CM, left: opts.margin * CM, right: opts.margin * CM } : { top: 1440, bottom: 1440, left: 1800, right: 1800 };
  const portrait = { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin };
  const landscape = { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin };
  const textWidth = (land: boolean) => (land ? A4.height : A4.width) - margin.left - margin.right;

  const tables = blocks.filter((b): b is TableBlock => b.kind === 'table');
  const largest = opts.landscapeLargest ? tables.reduce<TableBlock | null>((m, t) => (!m || t.cells.length > m.cells.length ? t : m), null) : null;

  const sections: ISectionOptions[] = [];
  let children: (Paragraph | Table)[] = [];
  let onLandscape = false;
  const flush = () => {
    if (children.length) sections.push({ properties: { page: onLandscape ? landscape : portrait }, children });
    children = [];
  };

  const firstText = blocks.find((b) => b.kind === 'text');
  if (opts.title && !(firstText?.kind === 'text' && firstText.text.includes(opts.title))) {
    children.push(paragraph(opts.title, opts, true));
  }
  for (const b of blocks) {
    if (b.kind === 'text') children.push(paragraph(b.text, opts, !!b.heading));
    else if (b.kind === 'table') {
      if (b === largest) {
        flush();
        onLandscape = true;
        children.push(table(b, textWidth(true), opts));
        flush();
        onLandscape = false;
      } else {
        children.push(table(b, textWidth(false), opts));
        // Word needs a paragraph between two tables, or it joins them into one.
        children.push(new Paragraph({ children: [] }));
      }
    }
  }
  flush();
  const doc = new Document({ sections, styles: { default: { document: { run: runStyle(opts, BODY_PT) } } } });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function runStyle(opts: LayoutOptions, pt: number) {
  return { size: Math.round(pt * 2), ...(opts.font ? { font: { ascii: opts.font, eastAsia: opts.font, hAnsi: opts.font, cs: opts.font } } : {}) };
}

function paragraph(text: string, opts: LayoutOptions, heading: boolean): Paragraph {
  return new Paragraph({
    alignment: heading && /年度报告/.test(text) ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: heading ? undefined : { firstLine: 2 * BODY_PT * 20 },
    spacing: { line: 28 * 20, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text, bold: heading, ...runStyle(opts, BODY_PT) })],
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(t: TableBlock, width: number, opts: LayoutOptions): Table {
  const widths = columnWidths(t, width);
  const header = headerRows(t);
  const rows: TableRow[] = [];
  for (let r = 0; r < t.rowCount; r++) {
    const cells = t.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col);
    rows.push(
      new TableRow({
        tableHeader: opts.repeatHeader && r < header ? true : undefined,
        height: opts.tallRows && t.rowCount >= 20 ? { value: opts.tallRows * 20, rule: HeightRule.ATLEAST } : undefined,
        children: cells.map((c) => cell(c, widths, opts)),
      }),
    );
  }
  // Cells covered by a row span from above are emitted by docx itself (vMerge continue).
  return new Table({
    rows,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
  });
}

function cell(c: GridCell, widths: number[], opts: LayoutOptions): TableCell {
  const w = widths.slice(c.col, c.col + c.colSpan).reduce((s, x) => s + x, 0);
  const vertical = opts.verticalLabels && c.rowSpan >= 3 && c.colSpan === 1 && c.text.length > 0 && c.text.length <= 12;
  return new TableCell({
    columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
    rowSpan: c.rowSpan > 1 ? c.rowSpan : undefined,
    width: { size: w, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    textDirection: vertical ? (opts.verticalLabels === 'tbRl' ? TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT : TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT) : undefined,
    children: [
      new Paragraph({
        alignment: /^[\d.,%—–\-/]+$/.test(c.text) ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text: c.text, ...runStyle(opts, TABLE_PT) })],
      }),
    ],
  });
}

/** Rows above the first row with a figure, when no cell straddles that boundary. */
function headerRows(t: TableBlock): number {
  const firstValue = t.cells.filter((c) => /^\d+(\.\d+)?$/.test(c.text.trim())).reduce((m, c) => Math.min(m, c.row), t.rowCount);
  const straddles = (k: number) => t.cells.some((c) => c.row < k && c.row + c.rowSpan > k);
  let k = firstValue;
  while (k > 0 && straddles(k)) k--;
  return k < t.rowCount ? k : 0;
}

/** Widths in proportion to the longest text of each column's single-column cells (4 to 14 characters). */
function columnWidths(t: TableBlock, width: number): number[] {
  const need = new Array<number>(t.colCount).fill(4);
  for (const c of t.cells) if (c.colSpan === 1) need[c.col] = Math.max(need[c.col]!, Math.min(14, [...c.text].length));
  const sum = need.reduce((s, x) => s + x, 0);
  const out = need.map((n) => Math.floor((n / sum) * width));
  return out;
}
