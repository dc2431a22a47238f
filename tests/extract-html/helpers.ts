import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { denseRows, type ExtractedDoc, type GridCell, type SourceRef, type TableBlock } from '../../lib/model/document';
import { extractHtmlFile } from '../../lib/node/html';
import { normalizeLabel } from '../../lib/standard/normalize';

export { CORPUS } from '../helpers/corpus';
import { CORPUS } from '../helpers/corpus';
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'html');

export function extractFile(path: string, charset?: string): ExtractedDoc {
  return extractHtmlFile(new Uint8Array(readFileSync(path)), { kind: 'html', name: basename(path) }, charset);
}

/** The DOM element a block or cell points at. */
export function elementOf(x: { ref?: SourceRef }): Element {
  if (x.ref?.kind !== 'dom') throw new Error('not a DOM ref');
  return x.ref.element as Element;
}

export const tables = (doc: ExtractedDoc): TableBlock[] =>
  doc.blocks.filter((b): b is TableBlock => b.kind === 'table');

const hasLabel = (t: TableBlock, label: string): boolean =>
  t.cells.some((c) => normalizeLabel(c.text) === normalizeLabel(label));

/** The three standard tables, found by a label each holds (test-side knowledge, not the extractor's). */
export function standardTables(doc: ExtractedDoc): {
  active?: TableBlock;
  applications?: TableBlock;
  reviews?: TableBlock;
} {
  const all = tables(doc);
  return {
    active: all.find((t) => t.cells.some((c) => normalizeLabel(c.text).startsWith('第二十条第'))),
    applications: all.find((t) => hasLabel(t, '申请人情况')),
    reviews: all.find((t) => hasLabel(t, '行政复议') && hasLabel(t, '行政诉讼')),
  };
}

/** Cell texts of a table as a dense matrix ('' where no cell covers a slot). */
export function denseTexts(t: TableBlock): string[][] {
  return denseRows(t).map((row) => row.map((c: GridCell | null) => (c ? c.text : '')));
}

/** Spaces removed: how recognition compares numbers. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

export interface Truth {
  tables: Record<'active' | 'applications' | 'reviews', { found: boolean; cells: Record<string, number | null> }>;
}

export function readTruth(rel: string): Truth {
  return JSON.parse(readFileSync(join(CORPUS, rel), 'utf8')) as Truth;
}

interface ManifestDoc {
  id: string;
  path: string;
  format: string;
  kind: string;
  truth: string | null;
  mutation: { ops: { op: string; id?: string }[] } | null;
}

export function manifestHtml(): ManifestDoc[] {
  const m = JSON.parse(readFileSync(join(CORPUS, 'MANIFEST.json'), 'utf8')) as { documents: ManifestDoc[] };
  return m.documents.filter((d) => d.format === 'html');
}
