// Limits on the work our own PDF code does for one page or one document, so that a hostile file
// (a form that draws itself, millions of lines, a decompression bomb) ends quickly instead of
// hanging. Real reports stay far below each: a table page has a few thousand operators and
// segments, a grid of a few hundred cells, content streams of a few hundred KB.

/** Operators executed on one page, forms included (each form run counts again). */
export const MAX_PAGE_OPERATORS = 1_000_000;
/** Ruling segments collected on one page. */
export const MAX_PAGE_SEGMENTS = 50_000;
/** Segment pairs compared while grouping a page's rulings into tables. */
export const MAX_GROUPING_CHECKS = 4_000_000;
/** Cells (rows × columns) of one ruled grid. */
export const MAX_GRID_CELLS = 10_000;
/** Form XObjects nested inside one another. */
export const MAX_FORM_DEPTH = 12;
/** Decompressed size of one stream. */
export const MAX_STREAM_BYTES = 64 * 1024 * 1024;
/** Decompressed bytes of all streams checked in one document. */
export const MAX_DOCUMENT_INFLATE = 256 * 1024 * 1024;

/** A page (or document) needs more work than its budget allows; `what` says which, for the user. */
export class BudgetExceeded extends Error {
  constructor(readonly what: string) {
    super(what);
    this.name = 'BudgetExceeded';
  }
}

/** Counts operators of one page against MAX_PAGE_OPERATORS. */
export class OperatorBudget {
  private left: number;

  constructor(readonly limit = MAX_PAGE_OPERATORS) {
    this.left = limit;
  }

  spend(n = 1): void {
    this.left -= n;
    if (this.left < 0) throw new BudgetExceeded(`图形操作超过 ${this.limit.toLocaleString('en')} 个`);
  }
}
