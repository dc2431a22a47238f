// Where a finding points in the source besides its value cells, for "locate": the printed label a
// label finding is about (a table cell, or a section heading) and the sentence a text finding
// quotes. Found in the extracted document by the finding's own data, never by markup.

import type { ExtractedDoc, SourceRef, TextBlock } from '../model/document';
import type { RecognizedReport } from '../model/report';
import { TABLE_IDS, type TableId } from '../standard/tables';

export interface Anchor {
  kind: 'label' | 'text';
  ref: SourceRef;
}

/** What locating needs of a finding (the audit JSON's findings have it). */
export interface LocatableFinding {
  rule: string;
  messageId?: string;
  data?: Record<string, unknown>;
}

/** Spacing differs between the source and what the reader kept (full-width spaces, line breaks). */
const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');

function textBlocks(doc: ExtractedDoc): TextBlock[] {
  return doc.blocks.filter((b): b is TextBlock => b.kind === 'text');
}

function refsOf(blocks: readonly { ref?: SourceRef }[]): SourceRef[] {
  return blocks.flatMap((b) => (b.ref ? [b.ref] : []));
}

/** The cells of the table's grids that print this label. */
function labelCells(report: RecognizedReport, table: TableId, printed: string): SourceRef[] {
  const want = squash(printed);
  if (!want) return [];
  return refsOf(report.tables[table].grids.flatMap((g) => g.cells.filter((c) => squash(c.text) === want)));
}

/** The text blocks holding the words: headings first when asked, each block once. */
function blocksWith(doc: ExtractedDoc, words: string, headingsFirst = false): SourceRef[] {
  const want = squash(words);
  if (!want) return [];
  const hits = textBlocks(doc).filter((b) => squash(b.text).includes(want));
  const headings = hits.filter((b) => b.heading);
  return refsOf(headingsFirst && headings.length > 0 ? headings : hits);
}

export function findingAnchors(doc: ExtractedDoc, report: RecognizedReport | null, f: LocatableFinding): Anchor[] {
  const data = f.data ?? {};
  const str = (k: string): string | null => (typeof data[k] === 'string' ? (data[k] as string) : null);
  if (f.rule === 'label-mismatch') {
    const printed = str('printed');
    if (!printed) return [];
    const table = str('table');
    if (report && table && (TABLE_IDS as readonly string[]).includes(table)) {
      return labelCells(report, table as TableId, printed).map((ref) => ({ kind: 'label', ref }));
    }
    return blocksWith(doc, printed, true).map((ref) => ({ kind: 'label', ref }));
  }
  if (f.rule === 'text-table-mismatch') {
    const quote = str('quote');
    return quote ? blocksWith(doc, quote).map((ref) => ({ kind: 'text', ref })) : [];
  }
  return [];
}
