// A figure stated in the narrative and the table cells it can be compared with.

import type { CellRef } from '../standard/tables';

/** One cell of a reading, added or subtracted. */
export interface Term {
  ref: CellRef;
  sign: 1 | -1;
}

/** One way to compute the figure from the tables: the signed sum of its terms. */
export type Reading = Term[];

/**
 * Whose figure the sentence gives, compared with the report's own organ: the report itself, a part
 * of it ("区政府办代表区政府受理…" in a government's report) or a wider area ("全县…" in an office's
 * report). A part or wider figure may differ from the table for a good reason.
 */
export type ClaimScope = 'report' | 'part' | 'wider';

export interface Claim {
  /** What is claimed, e.g. "received", "handled", "review.total". */
  kind: string;
  /** The phrase as printed (whitespace removed), e.g. "收到政府信息公开申请28件". */
  quote: string;
  /** The figure in the text. */
  value: number;
  /** Readings, the primary first. The claim holds when any reading with readable cells equals the value. */
  readings: Reading[];
  scope: ClaimScope;
  /**
   * 'sure' when the phrase names its subject and unit the way the table does; 'unsure' when the
   * sentence may count something else (a clean-up campaign's documents, …): compared as a question.
   */
  certainty: 'sure' | 'unsure';
  /** Which text (section) and sentence of it the claim was read from: claims of one sentence may add up. */
  text: number;
  sentence: number;
}

/** What claim extraction needs to know about the report besides its text. */
export interface ClaimContext {
  year: number | null;
  organ: string | null;
  title: string | null;
}
