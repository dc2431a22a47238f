// What recognition produces and every rule reads: the report's sections, the three standard
// tables mapped to their cell keys, the labels as printed, and the narrative text.

import type { GridCell, SourceInfo, TableBlock } from './document';
import type { Claim } from './claim';
import type { Doubt } from './doubt';
import type { SectionKey } from '../standard/sections';
import type { TableId } from '../standard/tables';

export type CellStatus =
  /** A number as printed. */
  | 'number'
  /** Nothing printed. */
  | 'blank'
  /** —, /, -, 无 …: a blank by convention (spec §7). */
  | 'placeholder'
  /** Printed, but not a non-negative number ("1O", "l7", "-3", a decimal outside the fee cell). */
  | 'invalid'
  /** The document has no such cell (table not found, or a structure variant). */
  | 'absent'
  /** The parser could not read the cell with confidence (needs-review). */
  | 'uncertain';

export interface CellReading {
  /** The value for the audit JSON: a number only when status is 'number'. */
  value: number | null;
  status: CellStatus;
  /** The text as printed, when there is one. */
  raw: string | null;
  /** The source cell, for highlighting. */
  source?: GridCell;
}

/** A printed label that differs from the standard wording after normalisation. */
export interface LabelDeviation {
  printed: string;
  expected: string;
  /** Cell keys (of this table) that the label heads. */
  cells: string[];
}

/** A departure of the printed table from the standard rows, found by the reader. */
export type StructureVariant =
  /**
   * （六）其他处理 printed as one row (2019 layout) or its three sub-rows sharing one merged value
   * cell: the values are read into results.other.other, the other two sub-rows are absent.
   */
  | { code: 'single-other-row' }
  /** A standard row the table does not print (table 二 without 规章): its cells are absent. */
  | { code: 'missing-row'; row: string };

export interface RecognizedTable {
  id: TableId;
  found: boolean;
  /** Every cell key of the table (CELL_KEYS[id]) is present. */
  cells: Record<string, CellReading>;
  labels: LabelDeviation[];
  /** How the printed table departs from the standard rows (structure-variant). */
  variants: StructureVariant[];
  /** Why the parser is unsure of cells in 'uncertain' state. */
  doubts: Doubt[];
  /** The source grids the table was read from (a table split over pages may have several). */
  grids: TableBlock[];
}

export interface SectionHit {
  no: 1 | 2 | 3 | 4 | 5 | 6;
  key: SectionKey;
  found: boolean;
  /** The heading as printed. */
  title: string | null;
  /** Narrative text of the section (tables excluded), for claims. */
  text: string;
}

export interface RecognizedReport {
  source: SourceInfo;
  title: string | null;
  year: number | null;
  organ: string | null;
  format: '2021' | '2019' | 'unknown';
  sections: SectionHit[];
  tables: Record<TableId, RecognizedTable>;
  /** Every text block outside the tables, in order, joined by newlines. */
  narrative: string;
  /** Figures the narrative states about the tables (text-table-mismatch compares them). */
  claims: Claim[];
  /** Years named by the statistical-period sentence (统计期限…), in order. */
  periodYears: number[];
  /** The extractor's notes on the source (pages without text, truncated tables …). */
  extractionNotes: string[];
  /**
   * Set when the document as a whole could not be read reliably (this many table cells uncertain):
   * findings about what the document lacks (sections, tables, blank cells) are then questions.
   */
  poorReading: { unsure: number } | null;
}
