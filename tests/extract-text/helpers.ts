import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText } from '../../lib/extract/text/index';
import { denseRows, type ExtractedDoc, type TableBlock, type TextBlock } from '../../lib/model/document';

export { CORPUS } from '../helpers/corpus';
import { CORPUS } from '../helpers/corpus';

export function extractFile(rel: string): ExtractedDoc {
  return extractText(readFileSync(join(CORPUS, rel), 'utf8'), { kind: 'text', name: rel });
}

export const tables = (doc: ExtractedDoc): TableBlock[] =>
  doc.blocks.filter((b): b is TableBlock => b.kind === 'table');

export const texts = (doc: ExtractedDoc): TextBlock[] =>
  doc.blocks.filter((b): b is TextBlock => b.kind === 'text');

/** Row texts of a table; positions a row does not reach are left out. */
export function rowTexts(t: TableBlock): string[][] {
  return denseRows(t).map((r) => {
    const out = r.map((c) => c?.text ?? null);
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out.map((x) => x ?? '');
  });
}

export const isNumber = (s: string) => /^\d+(\.\d+)?$/.test(s);
export const numbers = (row: string[]) => row.filter(isNumber);

/** The row whose cells include one that starts with `label` (spaces ignored). */
export function findRow(rows: string[][], label: string): string[] {
  const want = label.replace(/\s/g, '');
  const row = rows.find((r) => r.some((c) => c.replace(/\s/g, '').startsWith(want)));
  if (!row) throw new Error(`no row ${label}`);
  return row;
}
