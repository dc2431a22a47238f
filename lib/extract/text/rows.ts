// Rows of a table region, before they become a TableBlock.

import type { SourceRef } from '../../model/document';

export interface RegionLine {
  text: string;
  /** 1-based line number in the source text. */
  no: number;
}

export interface Row {
  texts: string[];
  ref: SourceRef;
}

export const lineRef = (no: number): SourceRef => ({ kind: 'line', line: no });
