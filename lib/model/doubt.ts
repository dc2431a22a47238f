// Why the reader is unsure of a table: coded records, worded only at the edges (lib/i18n).
// Rows are row keys of the table, cells are cell keys, never labels or sentences.

import type { TableId } from '../standard/tables';

export type Doubt =
  /** Standard rows no printed row supplied, in a table with printed rows we could not place. */
  | { code: 'rows-unread'; table: TableId; rows: string[] }
  /** Rows whose values sit in cells merged over them, which cannot be read one by one. */
  | { code: 'rows-merged'; table: TableId; rows: string[] }
  /** A row whose values would not line up with the table's columns. */
  | { code: 'row-unaligned'; table: TableId; row: string }
  /** Table 四: no row of values under the header. */
  | { code: 'no-values-row'; table: TableId }
  /** Table 四: its values would not line up with the fifteen columns. */
  | { code: 'values-unaligned'; table: TableId }
  /** Table 四 printed one row per group: this group's row was not found. */
  | { code: 'group-row-missing'; table: TableId; row: string }
  /** A PDF table without ruling lines: its columns are inferred, so its blanks may be misplaced values. */
  | { code: 'inferred-columns'; table: TableId }
  /** Many labels differ from the standard: the table was read out of alignment. */
  | { code: 'label-misalignment'; table: TableId; count: number }
  /** Value cells that hold words. */
  | { code: 'wordy-cells'; table: TableId; count: number; example: string }
  /** A table not found where its section holds an image. */
  | { code: 'table-as-image'; table: TableId }
  /** A table not found as a table, whose labels are in the text. */
  | { code: 'table-as-text'; table: TableId }
  /** Crawler text: a row's run-together digits split several ways; `cells` could not be decided. */
  | { code: 'digits-ambiguous'; table: TableId; row: string | null; digits: string; readings: number[][]; cells: string[] }
  /** Crawler text: no split of the digits makes the row add up. */
  | { code: 'digits-no-split'; table: TableId; row: string | null; digits: string; count: number }
  /** Crawler text: too many ways to split the digits to try. */
  | { code: 'digits-too-many'; table: TableId; row: string | null; digits: string }
  /** Crawler text: fewer digits than cells. */
  | { code: 'digits-too-few'; table: TableId; row: string | null; digits: string; count: number }
  /** Crawler text: digits with a decimal point, which cannot be split. */
  | { code: 'digits-decimal'; table: TableId; row: string | null; digits: string }
  /** Crawler text: several space-separated numbers where one cell stands. */
  | { code: 'digits-pieces'; table: TableId; row: string | null; digits: string }
  /** Crawler text: digits after a label that is no row of the standard. */
  | { code: 'digits-skipped'; table: TableId; text: string; digits: string }
  /** Crawler text: the rows' splits cannot all satisfy the column identities; each row was split alone. */
  | { code: 'joint-conflict'; table: TableId }
  /** Crawler text: too many combinations to split the rows jointly; each row was split alone. */
  | { code: 'joint-too-many'; table: TableId };

export type DoubtCode = Doubt['code'];

/** Two doubts that say the same thing (a table read from several grids repeats them). */
export const sameDoubt = (a: Doubt, b: Doubt): boolean => JSON.stringify(a) === JSON.stringify(b);
