// Finding labels inside normalised text tokens: numbering, tails, group labels, header words.

import { editDistance, stripNumbering } from '../../standard/normalize';

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

/** The words of a printed row label: group labels and numbering gone. */
export function labelWords(text: string, groupCores: readonly string[]): string {
  return stripNumbering(stripLeadingGroups(text, groupCores));
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

/**
 * Start of a run of header words that ends at `end` (longest word first), not before `min`.
 * A bracketed note naming 勾稽关系 counts as a header word (table 三's corner cell).
 */
export function headerStart(text: string, end: number, min: number, words: readonly string[]): { start: number; words: string[] } {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  let s = end;
  const found: string[] = [];
  for (;;) {
    const head = text.slice(min, s);
    const word = sorted.find((w) => head.endsWith(w));
    if (word) {
      s -= word.length;
      found.push(word);
      continue;
    }
    if (head.endsWith(')')) {
      const open = head.lastIndexOf('(');
      if (open >= 0 && head.slice(open).includes('勾稽')) {
        s = min + open;
        found.push(head.slice(open));
        continue;
      }
    }
    return { start: s, words: found };
  }
}
