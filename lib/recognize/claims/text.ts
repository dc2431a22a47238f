// Narrative text prepared for phrase matching: one script and width, no wrap whitespace next to
// CJK ("结转 2024 年度继续\n办理 2 件" → "结转2024年度继续办理2件"), split into sentences and clauses.

import { normalizeText } from '../../standard/normalize';

const WIDE = '[^\\x00-\\x7F]';
const WRAP_SPACE = new RegExp(`\\s+(?=${WIDE})|(?<=${WIDE})\\s+`, 'g');

export function prepareText(s: string): string {
  // Thousands separators first: after NFKC a Chinese comma is an ASCII comma too.
  return normalizeText(s.replace(/(\d),(?=\d{3}(?!\d))/g, '$1'))
    .replace(WRAP_SPACE, '')
    // Digits split by a line break ("1\n01件") cannot be read safely: block them from the patterns.
    .replace(/(\d)\s+(?=\d)/g, '$1#')
    .replace(/\s+/g, ' ')
    .replace(/\*\*/g, '')
    .trim();
}

/** Sentences end at 。 ; ! ? (after NFKC, the full-width forms are ASCII except 。). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。;!?])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export interface Clause {
  text: string;
  /** Offset of the clause in its sentence. */
  start: number;
}

/** Clauses of a sentence, split at commas and colons (not at 、, which joins list items). */
export function clauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  const re = /[^,:]+/g;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) out.push({ text: m[0], start: m.index });
  return out;
}
