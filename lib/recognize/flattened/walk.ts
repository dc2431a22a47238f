// Walking a flattened table: each row label is followed by the digits of its cells.

import {
  PLACEHOLDER_CHARS,
  isTypoOf,
  labelStart,
  labelWords,
  stripLeadingGroups,
  stripNumberingNorm,
  stripTrailingGroups,
  tailMatch,
} from './labels';
import type { NumToken, TextToken, Token } from './text';

export interface RowSpec {
  /** The label's distinguishing words, normalised. */
  core: string;
  /** Cell keys of the row, in order. */
  cells: string[];
}

export type RowHit =
  | { state: 'values'; num: NumToken; label: { start: number; end: number }; typo: boolean; single?: boolean }
  | { state: 'empty'; placeholder: boolean; label: { start: number; end: number } }
  | { state: 'missing' };

/**
 * A group label printed with values of its own, standing for its rows (（六）其他处理 as one row):
 * its values go to row `into`, the other rows of the group are not printed.
 */
export interface SingleRow {
  core: string;
  rows: readonly number[];
  into: number;
}

export interface Walk {
  hits: RowHit[];
  /** Single rows met (see SingleRow). */
  singles: SingleRow[];
  /** Normalised offset where the first row label starts, and where the last digits end. */
  start: number;
  end: number;
  matched: number;
  /** Label/digit pairs inside the table that matched no row: where the label text is, the digits. */
  skipped: { start: number; end: number; digits: string }[];
}

/** Short cores (其他, 总计, 规章) are too common to match anywhere but a label of their own. */
const SHORT = 4;
const MAX_SKIP = 2;

interface RowMatch {
  k: number;
  /** Start of the label (numbering included) inside the token. */
  at: number;
  typo: boolean;
}

function findRow(text: string, rows: readonly RowSpec[], r: number, groups: readonly string[]): RowMatch | null {
  for (let k = r; k < rows.length; k++) {
    const core = rows[k]!.core;
    const at = tailMatch(text, core);
    if (at < 0) continue;
    const start = labelStart(text, at);
    // 其他 / 总计 … match only as a label of their own, or after rows printed without digits
    // ("2.申请人逾期…3.其他（七）总计4000004").
    if (k > r && core.length < SHORT && labelWords(text, groups) !== core && !onlyEmptyRowsBefore(text, start, rows, r, k, groups)) continue;
    return { k, at: start, typo: false };
  }
  const words = labelWords(text, groups);
  const row = rows[r];
  if (row && isTypoOf(words, row.core)) return { k: r, at: text.length - stripLeadingGroups(text, groups).length, typo: true };
  return renamed(text, rows, r);
}

/**
 * The label ends with the end of a row's words, long enough to be telling (规范性文件 for
 * 行政规范性文件): that row, printed in other words. Only the next two rows are tried.
 */
function renamed(text: string, rows: readonly RowSpec[], r: number): RowMatch | null {
  for (let k = r; k < Math.min(rows.length, r + 2); k++) {
    const core = rows[k]!.core;
    for (let n = core.length - 1; n >= SHORT; n--) {
      const tail = core.slice(-n);
      if (tailMatch(text, tail) < 0) continue;
      return { k, at: labelStart(text, text.length - n), typo: true };
    }
  }
  return null;
}

/** A single row for a group whose rows have not started yet, printed at the end of this text. */
function singleAt(text: string, singles: readonly SingleRow[], r: number): SingleRow | null {
  return singles.find((sg) => sg.rows[0]! >= r && tailMatch(text, sg.core) >= 0) ?? null;
}

/** Rows r..k-1 printed right before row k's label with no digits: blank (or placeholder) rows. */
/** Where rows r..k-1 printed without digits begin in the token, or -1 when not all of them are there. */
function emptyRowsBefore(tok: TextToken, at: number, rows: readonly RowSpec[], r: number, k: number, groups: readonly string[], hits: RowHit[]): number {
  const text = tok.text;
  let end = at;
  for (let j = k - 1; j >= r; j--) {
    end = stripTrailingGroups(text, end, groups);
    let e = end;
    while (e > 0 && PLACEHOLDER_CHARS.test(text[e - 1]!)) e--;
    const s = tailMatch(text.slice(0, e), rows[j]!.core);
    if (s < 0) return -1;
    const start = labelStart(text, s);
    hits[j] = { state: 'empty', placeholder: e < end, label: { start: tok.start + start, end: tok.start + e } };
    end = start;
  }
  return end;
}

/** The text before a label at `at` is nothing but rows r..k-1 printed without digits (and group labels). */
function onlyEmptyRowsBefore(text: string, at: number, rows: readonly RowSpec[], r: number, k: number, groups: readonly string[]): boolean {
  const scratch: RowHit[] = rows.map(() => ({ state: 'missing' }));
  const start = emptyRowsBefore({ kind: 'text', start: 0, end: text.length, text }, at, rows, r, k, groups, scratch);
  return start >= 0 && labelWords(text.slice(0, start), groups) === '';
}

/** Rows printed at the very start of the token after the table's last digits, with no digits. */
function emptyRowsAfter(tok: TextToken, rows: readonly RowSpec[], r: number, groups: readonly string[], hits: RowHit[]): number {
  let pos = 0;
  let end = -1;
  for (let j = r; j < rows.length; j++) {
    const rest = stripLeadingGroups(tok.text.slice(pos), groups);
    const skipped = tok.text.length - pos - rest.length;
    const words = stripNumberingNorm(rest);
    const numbering = rest.length - words.length;
    if (!words.startsWith(rows[j]!.core)) break;
    const start = pos + skipped;
    let e = start + numbering + rows[j]!.core.length;
    const note = /^\([^()]*\)/.exec(tok.text.slice(e));
    if (note) e += note[0].length;
    let p = e;
    while (p < tok.text.length && PLACEHOLDER_CHARS.test(tok.text[p]!)) p++;
    hits[j] = { state: 'empty', placeholder: p > e, label: { start: tok.start + start, end: tok.start + e } };
    pos = p;
    end = tok.start + p;
  }
  return end;
}

/** Walk from the label/digit pair at tokens[from] (a text token) as far as the rows go. */
export function walkRows(
  tokens: readonly Token[],
  from: number,
  rows: readonly RowSpec[],
  groups: readonly string[],
  singles: readonly SingleRow[] = [],
): Walk {
  const hits: RowHit[] = rows.map(() => ({ state: 'missing' }));
  const walk: Walk = { hits, singles: [], start: -1, end: -1, matched: 0, skipped: [] };
  let r = 0;
  let i = from;
  while (r < rows.length) {
    const head = tokens[i];
    const single = walk.matched && head?.kind === 'text' && tokens[i + 1]?.kind === 'num' ? singleAt(head.text, singles, r) : null;
    if (single && !findRow(head!.text, rows, r, groups)) {
      const tok = head as TextToken;
      const num = tokens[i + 1] as NumToken;
      const at = labelStart(tok.text, tailMatch(tok.text, single.core));
      emptyRowsBefore(tok, at, rows, r, single.rows[0]!, groups, hits);
      hits[single.into] = { state: 'values', num, label: { start: tok.start + at, end: tok.end }, typo: false, single: true };
      walk.singles.push(single);
      walk.end = num.end;
      walk.matched++;
      r = Math.max(...single.rows) + 1;
      i += 2;
      continue;
    }
    let m: RowMatch | null = null;
    let skip = 0;
    for (; skip <= (walk.matched ? MAX_SKIP : 0); skip++) {
      const t = tokens[i + 2 * skip];
      const n = tokens[i + 2 * skip + 1];
      if (t?.kind !== 'text' || n?.kind !== 'num') break;
      m = findRow(t.text, rows, r, groups);
      if (m) break;
    }
    if (!m) break;
    if (skip === 1 && m.k === r + 1) {
      // One unknown label right where one row is missing: that row, printed differently.
      const t = tokens[i] as TextToken;
      const at = t.text.length - stripLeadingGroups(t.text, groups).length;
      hits[r] = { state: 'values', num: tokens[i + 1] as NumToken, label: { start: t.start + at, end: t.end }, typo: true };
    } else {
      for (let s = 0; s < skip; s++) {
        const t = tokens[i + 2 * s] as TextToken;
        walk.skipped.push({ start: t.start, end: t.end, digits: (tokens[i + 2 * s + 1] as NumToken).text });
      }
    }
    i += 2 * skip;
    const tok = tokens[i] as TextToken;
    const num = tokens[i + 1] as NumToken;
    emptyRowsBefore(tok, m.at, rows, r, m.k, groups, hits);
    hits[m.k] = { state: 'values', num, label: { start: tok.start + m.at, end: tok.end }, typo: m.typo };
    if (walk.start < 0) walk.start = firstLabelStart(hits, tok.start + m.at);
    walk.end = num.end;
    walk.matched++;
    r = m.k + 1;
    i += 2;
  }
  const next = tokens[i];
  if (walk.matched && r < rows.length && next?.kind === 'text') {
    const end = emptyRowsAfter(next, rows, r, groups, hits);
    if (end >= 0) walk.end = end;
  }
  for (const single of singles) mergedGroup(walk, single);
  return walk;
}

/**
 * A group whose first row carries the digits and whose other rows none: in crawler text that is
 * one value cell merged over the group's rows (（六）1–3 sharing one cell), read as the group's
 * single row.
 */
function mergedGroup(walk: Walk, single: SingleRow): void {
  if (walk.singles.includes(single)) return;
  const [first, ...rest] = single.rows.map((k) => walk.hits[k]!);
  if (first?.state !== 'values' || !rest.every((h) => h.state === 'empty' && !h.placeholder)) return;
  for (const k of single.rows) walk.hits[k] = { state: 'missing' };
  walk.hits[single.into] = { ...first, single: true };
  walk.singles.push(single);
}

function firstLabelStart(hits: readonly RowHit[], fallback: number): number {
  for (const h of hits) if (h.state === 'empty') return Math.min(h.label.start, fallback);
  return fallback;
}
