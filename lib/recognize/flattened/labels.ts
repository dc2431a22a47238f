// Finding labels inside normalised text tokens: numbering, tails, group labels, header words.

import { editDistance } from '../../standard/normalize';

const NUMBERING_END = /(?:\d{1,2}[.,]|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+[,.])$/;
const NUMBERING_START = /^(?:\d{1,2}[.,]|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+[,.])/;
const NOTE = /^\([^()]*\)$/;
/** Blank-by-convention marks (spec §7) as they look after normalisation. */
export const PLACEHOLDER_CHARS = /[-—–―─/\\*]/;

/** Where a label whose words start at `at` begins, its numbering ("1." "(一)" "三,(一)") included. */
export function labelStart(text: string, at: number): number {
  let s = at;
  for (let n = 0; n < 2; n++) {
    const m = NUMBERING_END.exec(text.slice(0, s));
    if (!m) break;
    s -= m[0].length;
  }
  return s;
}

/** Start of `core` when the text ends with it, or with it and a note in brackets; else -1. */
export function tailMatch(text: string, core: string): number {
  let at = text.lastIndexOf(core);
  while (at >= 0) {
    const rest = text.slice(at + core.length);
    if (rest === '' || NOTE.test(rest)) return at;
    at = at > 0 ? text.lastIndexOf(core, at - 1) : -1;
  }
  return -1;
}

/** The text without leading group labels (with their numbering), e.g. "(三)不予公开1.属于…" → "1.属于…". */
export function stripLeadingGroups(text: string, groupCores: readonly string[]): string {
  let t = text;
  for (;;) {
    const num = NUMBERING_START.exec(t)?.[0] ?? '';
    const rest = t.slice(num.length);
    const core = groupCores.find((c) => rest.startsWith(c));
    if (!core) return t;
    t = rest.slice(core.length);
  }
}

/** End of the text once trailing group labels (with numbering) are taken off. */
export function stripTrailingGroups(text: string, end: number, groupCores: readonly string[]): number {
  let e = end;
  for (;;) {
    const head = text.slice(0, e);
    const core = groupCores.find((c) => head.endsWith(c));
    if (!core) return e;
    e = labelStart(head, e - core.length);
  }
}

/** Numbering stripped from normalised text (stripNumbering without normalising again). */
export function stripNumberingNorm(text: string): string {
  let t = text;
  for (let m = NUMBERING_START.exec(t); m; m = NUMBERING_START.exec(t)) t = t.slice(m[0].length);
  return t;
}

/** The words of a printed row label: group labels and numbering gone. */
export function labelWords(text: string, groupCores: readonly string[]): string {
  return stripNumberingNorm(stripLeadingGroups(text, groupCores));
}

/**
 * A printed label that is this core with a typo. Only the row expected next is tried, so the
 * tolerance can be a little wider than elsewhere: "其他法律行政止公开" (洪泽) lost three characters.
 */
export function isTypoOf(printed: string, core: string): boolean {
  if (core.length < 4 || Math.abs(printed.length - core.length) > 3) return false;
  const allowed = Math.max(1, Math.floor(core.length / 4));
  return editDistance(printed, core) <= allowed;
}

export interface HeaderItem {
  /** The standard word this printed word stands for. */
  word: string;
  start: number;
  end: number;
  /** Printed with one wrong character ("尚未审决"). */
  typo: boolean;
}

/** Header words long enough to recognise with one wrong character (same length, so "申请情况" is not "申请人情况"). */
const TYPO_MIN = 4;

/**
 * The run of header words that ends at `end` (longest word first, then one-character typos of
 * words of four or more characters), not before `min`, in text order. A bracketed note naming
 * 勾稽关系 counts as a header word (table 三's corner cell).
 */
export function headerStart(text: string, end: number, min: number, words: readonly string[]): { start: number; items: HeaderItem[] } {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  let s = end;
  const items: HeaderItem[] = [];
  for (;;) {
    const head = text.slice(min, s);
    let word = sorted.find((w) => head.endsWith(w));
    let typo = false;
    if (!word) {
      word = sorted.find((w) => w.length >= TYPO_MIN && head.length >= w.length && editDistance(head.slice(-w.length), w) === 1);
      typo = word !== undefined;
    }
    if (word) {
      items.push({ word, start: s - word.length, end: s, typo });
      s -= word.length;
      continue;
    }
    if (head.endsWith(')')) {
      const open = head.lastIndexOf('(');
      if (open >= 0 && head.slice(open).includes('勾稽')) {
        items.push({ word: head.slice(open), start: min + open, end: s, typo: false });
        s = min + open;
        continue;
      }
    }
    return { start: s, items: items.reverse() };
  }
}
