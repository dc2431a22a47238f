// Shared by the PDF extraction tests: corpus paths, one extraction per file, table lookups.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { denseRows, type ExtractedDoc, type GridCell, type TableBlock } from '../../lib/model/document';
import { extractPdfBytes } from '../../lib/node/pdf';

const here = dirname(fileURLToPath(import.meta.url));
import { CORPUS } from '../helpers/corpus';
export { CORPUS };
export const FIXTURES = resolve(here, '../fixtures/pdf');

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** The CMaps and standard fonts options extractPdf needs in Node. */
export const PDF_DATA = { cMapUrl: join(pdfjsRoot, 'cmaps') + sep, standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + sep };

const cache = new Map<string, Promise<ExtractedDoc>>();

/** Extract a corpus file (path relative to the corpus folder) once per test run. */
export function extractCorpus(rel: string): Promise<ExtractedDoc> {
  let doc = cache.get(rel);
  if (!doc) {
    doc = extractPdfBytes(new Uint8Array(readFileSync(join(CORPUS, rel))), { kind: 'pdf', name: rel });
    cache.set(rel, doc);
  }
  return doc;
}

export function tables(doc: ExtractedDoc): TableBlock[] {
  return doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
}

/** The first table with a cell whose text starts with `label` (spaces ignored). */
export function tableWith(doc: ExtractedDoc, label: string): TableBlock | undefined {
  return tables(doc).find((t) => t.cells.some((c) => squeeze(c.text).startsWith(label)));
}

/** Texts of the dense row holding a cell that starts with `label`, each spanning cell once. */
export function rowOf(t: TableBlock, label: string): string[] {
  const rows = denseRows(t);
  const row = rows.find((r) => r.some((c) => c && squeeze(c.text).startsWith(label)));
  if (!row) return [];
  const seen = new Set<GridCell>();
  return row.filter((c): c is GridCell => c !== null && !seen.has(c) && (seen.add(c), true)).map((c) => c.text);
}

/** The last n cells of a row: the values, read right-anchored. */
export function values(row: string[], n: number): string[] {
  return row.slice(-n);
}

export function squeeze(s: string): string {
  return s.replace(/\s+/g, '');
}

export function allText(doc: ExtractedDoc): string {
  return doc.blocks
    .map((b) => (b.kind === 'text' ? b.text : b.kind === 'table' ? b.cells.map((c) => c.text).join('\n') : ''))
    .join('\n');
}
