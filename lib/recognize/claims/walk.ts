// Walks a sentence clause by clause, keeping what the sentence is about (applications, a
// reconsideration, a lawsuit, which kind of document) so that "办结28件" or "废止24件" can be read
// only after a phrase that names its subject.

import { scopeOf, subjectOf } from './scope';
import type { Claim, ClaimContext, ClaimScope, Reading } from './types';

export type Topic = 'applications' | 'review' | 'suit' | null;

export interface SentenceState {
  sentence: string;
  ctx: ClaimContext;
  topic: Topic;
  /** The last applications figure: an applicant breakdown must follow a "received" one. */
  last: 'received' | 'none' | 'handled' | 'result' | null;
  /** Row of table 二 named by the last document noun (null: another body's documents). */
  docRow: string | null;
  /** Offsets of the clause and of the item being read, in the sentence. */
  clauseStart: number;
  offset: number;
  add(kind: string, m: RegExpMatchArray, value: number, readings: Reading[], certainty?: 'sure' | 'unsure'): void;
}

/** Claims that name a neighbouring year themselves (结转2024年度, 2022年度结转) and check it. */
const YEARLESS = new Set(['carried_in', 'carried_out']);

/** The words before a figure name a year other than the report's, or last year. */
function otherYear(subject: string, year: number | null): boolean {
  if (/上年度?|去年|上一年度?|前一年度?/.test(subject.replace(/上年结转/g, ''))) return true;
  if (year === null) return false;
  return [...subject.matchAll(/(\d{4})年/g)].some((m) => Number(m[1]) !== year);
}

export function newSentenceState(sentence: string, index: number, ctx: ClaimContext, out: Claim[]): SentenceState {
  let scope: ClaimScope = 'report';
  const st: SentenceState = {
    sentence,
    ctx,
    topic: null,
    last: null,
    docRow: null,
    clauseStart: 0,
    offset: 0,
    add(kind, m, value, readings, certainty = 'sure') {
      const at = st.offset + (m.index ?? 0);
      const subject = subjectOf(sentence, st.clauseStart, at);
      // "2022年，我局共收到申请50件" in a 2023 report compares with last year, not with the table.
      if (!YEARLESS.has(kind) && otherYear(subject, ctx.year)) return;
      // A sentence that opens with a part's or a wider figure goes on about that part.
      const own = scopeOf(subject, ctx);
      scope = own === 'report' ? scope : own;
      out.push({ kind, quote: m[0], value, readings, scope, certainty, text: 0, sentence: index });
    },
  };
  return st;
}
