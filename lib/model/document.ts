// What every extractor (text, HTML, PDF) produces: the document as blocks in reading order,
// text blocks and table grids. Recognition works only on this model, never on markup.

export type SourceKind = 'html' | 'pdf' | 'text';

export interface SourceInfo {
  kind: SourceKind;
  /** File name or page title used in messages. */
  name: string;
  url?: string;
}

/**
 * Where a cell or block came from, so the UI can point at it. PDF refs: page from 1, a box in
 * points with its origin at the top-left of the page as displayed, y growing downward.
 */
export type SourceRef =
  | { kind: 'dom'; element: unknown }
  | { kind: 'pdf'; page: number; x: number; y: number; width: number; height: number }
  | { kind: 'line'; line: number };

/** One real cell of a table, with its top-left position in the table's dense grid. */
export interface GridCell {
  /**
   * The cell text, outer whitespace trimmed. Inner line breaks join two CJK characters directly
   * (商业/企业 → 商业企业) and anything else with one space; recognition ignores spaces in labels.
   */
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** Header cell (<th>) where the source says so; recognition does not rely on it. */
  header?: boolean;
  ref?: SourceRef;
}

export interface TableBlock {
  kind: 'table';
  /** Each real cell once, in row-major order of their top-left positions. */
  cells: GridCell[];
  rowCount: number;
  colCount: number;
  /**
   * True when column positions can be trusted (HTML with spans resolved, PDF columns from ruling
   * lines). False for rows rebuilt from separators (tabs, pipes), whose cells may be shifted.
   */
  exact: boolean;
  ref?: SourceRef;
}

export interface TextBlock {
  kind: 'text';
  /** One paragraph or line of text, whitespace as printed. */
  text: string;
  /** A heading by markup (h1–h6, bold title line) where the source says so. */
  heading?: boolean;
  ref?: SourceRef;
}

/** Something that holds content the extractor cannot read, e.g. an image where a table may be. */
export interface OpaqueBlock {
  kind: 'image';
  ref?: SourceRef;
}

export type Block = TextBlock | TableBlock | OpaqueBlock;

export interface ExtractedDoc {
  source: SourceInfo;
  /** Title from metadata (HTML <title>/ArticleTitle, PDF Title) when the source has one. */
  metaTitle?: string | null;
  /** Publication date from metadata (YYYY-MM-DD), when known. */
  published?: string | null;
  blocks: Block[];
  /** Problems met while extracting, worded for the user (zh-CN). */
  notes: string[];
}

/** Dense view of a table: rows[r][c] is the real cell covering (r, c), or null. */
export function denseRows(t: TableBlock): (GridCell | null)[][] {
  const rows: (GridCell | null)[][] = Array.from({ length: t.rowCount }, () =>
    Array.from<GridCell | null>({ length: t.colCount }).fill(null),
  );
  for (const c of t.cells) {
    for (let r = c.row; r < Math.min(c.row + c.rowSpan, t.rowCount); r++) {
      for (let k = c.col; k < Math.min(c.col + c.colSpan, t.colCount); k++) rows[r]![k] = c;
    }
  }
  return rows;
}

/** Build a table from rows of cell texts (no spans), e.g. from tab- or pipe-separated text. */
export function tableFromRows(
  rows: { texts: string[]; ref?: SourceRef }[],
  exact = false,
): TableBlock {
  const cells: GridCell[] = [];
  let colCount = 0;
  rows.forEach((row, r) => {
    colCount = Math.max(colCount, row.texts.length);
    row.texts.forEach((text, c) => {
      cells.push({ text: text.trim(), row: r, col: c, rowSpan: 1, colSpan: 1, ref: row.ref });
    });
  });
  return { kind: 'table', cells, rowCount: rows.length, colCount, exact };
}
