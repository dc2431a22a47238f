// The input seen through label normalisation, char by char, with offsets back to the input,
// cut into alternating text and number tokens.

import { normalizeLabel } from '../../standard/normalize';
import type { Span } from './types';

export interface NormText {
  source: string;
  /** Normalised text without whitespace. */
  text: string;
  /** Input offset where text[i] starts and ends. */
  from: number[];
  to: number[];
  /** Whitespace stood in the input between text[i - 1] and text[i]. */
  gapBefore: boolean[];
}

const SPACE = /\s/u;
/** normalizeLabel of single characters; texts repeat the same few thousand. */
const cache = new Map<string, string>();

export function normText(source: string): NormText {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  const gapBefore: boolean[] = [];
  let gap = false;
  let i = 0;
  for (const ch of source) {
    const end = i + ch.length;
    if (SPACE.test(ch)) gap = true;
    let norm = cache.get(ch);
    if (norm === undefined) cache.set(ch, (norm = normalizeLabel(ch)));
    for (const c of norm) {
      text += c;
      from.push(i);
      to.push(end);
      gapBefore.push(gap);
      gap = false;
    }
    i = end;
  }
  return { source, text, from, to, gapBefore };
}

/** Input offsets of text[start, end). */
export function sourceSpan(nt: NormText, start: number, end: number): Span {
  if (end <= start) {
    const at = start < nt.from.length ? nt.from[start]! : nt.source.length;
    return { start: at, end: at };
  }
  return { start: nt.from[start]!, end: nt.to[end - 1]! };
}

export function sourceSlice(nt: NormText, start: number, end: number): string {
  const s = sourceSpan(nt, start, end);
  return nt.source.slice(s.start, s.end).trim();
}

export interface TextToken {
  kind: 'text';
  start: number;
  end: number;
  text: string;
}

export interface NumToken {
  kind: 'num';
  start: number;
  end: number;
  /** The digits as one string, whitespace dropped. */
  text: string;
  /** Digit groups that whitespace separated in the input: cell boundaries for sure. */
  pieces: string[];
}

export type Token = TextToken | NumToken;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Separators of list numbering as printed ("1." "1．" "1、"); a comma after a value is not one. */
const NUMBERING_MARK = /^[.．、]$/;

/** text[i] is a digit 1–9 that, with the mark after it, numbers the label that follows. */
function isNumbering(nt: NormText, i: number): boolean {
  const t = nt.text;
  if (!isDigit(t[i]) || t[i] === '0' || i + 2 >= t.length || isDigit(t[i + 2])) return false;
  return NUMBERING_MARK.test(nt.source.slice(nt.from[i + 1]!, nt.to[i + 1]!));
}

/**
 * Alternating text and number tokens. A number run may hold whitespace (a sure cell boundary)
 * and decimal points, and never ends in a year followed by 年. A final digit 1–9 followed by "." or "、" and a non-digit is the
 * numbering of the next label ("00000002.其他法律…" is 0000000 and "2.其他法律…"); a number
 * in brackets ("(2)") is numbering too.
 */
export function tokenize(nt: NormText): Token[] {
  const t = nt.text;
  const runs: { start: number; end: number }[] = [];
  let i = 0;
  while (i < t.length) {
    if (!isDigit(t[i])) {
      i++;
      continue;
    }
    const start = i;
    while (i < t.length && (isDigit(t[i]) || (t[i] === '.' && isDigit(t[i - 1]) && isDigit(t[i + 1]) && !nt.gapBefore[i + 1]))) i++;
    let end = i;
    if (isNumbering(nt, end - 1)) end--;
    // The last cell's digits run straight into the next paragraph's opening year ("0000000" +
    // "2024年，本机关…"): those four digits belong to the text.
    if (end - start > 4 && t[end] === '年' && /^(?:19|20)\d\d$/.test(t.slice(end - 4, end))) end -= 4;
    if (t[start - 1] === '(' && t[end] === ')') continue;
    if (end > start) runs.push({ start, end });
  }
  const tokens: Token[] = [];
  let at = 0;
  for (const r of runs) {
    if (r.start > at) tokens.push({ kind: 'text', start: at, end: r.start, text: t.slice(at, r.start) });
    tokens.push(numToken(nt, r.start, r.end));
    at = r.end;
  }
  if (at < t.length) tokens.push({ kind: 'text', start: at, end: t.length, text: t.slice(at) });
  return tokens;
}

function numToken(nt: NormText, start: number, end: number): NumToken {
  const pieces: string[] = [];
  let cur = '';
  for (let k = start; k < end; k++) {
    if (nt.gapBefore[k] && cur) {
      pieces.push(cur);
      cur = '';
    }
    cur += nt.text[k];
  }
  if (cur) pieces.push(cur);
  return { kind: 'num', start, end, text: pieces.join(''), pieces };
}
