// Finding where a flattened table's rows are: the walk that matches the most rows.

import { headerStart } from './labels';
import type { NormText, Token } from './text';
import { walkRows, type RowSpec, type Walk } from './walk';

export interface Located {
  walk: Walk;
  /** Normalised offsets of the table, its header included. */
  start: number;
  end: number;
}

/** The best walk over the text tokens from `from` with at least `minRows` rows matched. */
export function locateRows(
  nt: NormText,
  tokens: readonly Token[],
  rows: readonly RowSpec[],
  groups: readonly string[],
  headerWords: readonly string[],
  minRows: number,
): Located | null {
  let best: Walk | null = null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.kind !== 'text' || tokens[i + 1]!.kind !== 'num') continue;
    const walk = walkRows(tokens, i, rows, groups);
    if (walk.matched >= minRows && (!best || walk.matched > best.matched)) best = walk;
  }
  if (!best) return null;
  const tokenStart = tokens.find((t) => t.kind === 'text' && t.start <= best.start && best.start < t.end)?.start ?? best.start;
  const head = headerStart(nt.text, best.start, tokenStart, headerWords);
  return { walk: best, start: head.start, end: best.end };
}
