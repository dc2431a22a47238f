// Finding where a flattened table's rows are: the walk that matches the most rows.

import { headerStart, type HeaderItem } from './labels';
import type { NormText, Token } from './text';
import { walkRows, type RowSpec, type SingleRow, type Walk } from './walk';

export interface Located {
  walk: Walk;
  /** Normalised offsets of the table, its header included. */
  start: number;
  end: number;
  /** Header words before the first row. */
  header: HeaderItem[];
}

export interface TableShape {
  rows: readonly RowSpec[];
  /** Labels between the rows that carry no values (group labels, captions). */
  groups: readonly string[];
  /** Header words that may precede the first row. */
  header: readonly string[];
  minRows: number;
  /** Group labels that may be printed as one row of values standing for their rows. */
  singles?: readonly SingleRow[];
  /** What the header before the first row must show, when the row labels alone could be prose. */
  headerOk?: (words: readonly string[]) => boolean;
}

/** The walk over the label/digit pairs that matches the most rows, if it matches enough. */
export function locateRows(nt: NormText, tokens: readonly Token[], shape: TableShape): Located | null {
  let best: Located | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind !== 'text' || tokens[i + 1]!.kind !== 'num') continue;
    // A walk that starts inside the best one so far can only match fewer rows.
    if (best && tok.start >= best.walk.start && tok.end <= best.walk.end) continue;
    const walk = walkRows(tokens, i, shape.rows, shape.groups, shape.singles);
    if (walk.matched < shape.minRows || (best && walk.matched <= best.walk.matched)) continue;
    const head = headerStart(nt.text, walk.start, tok.start, shape.header);
    if (shape.headerOk && !shape.headerOk(head.items.map((h) => h.word))) continue;
    best = { walk, start: head.start, end: walk.end, header: head.items };
  }
  return best;
}
