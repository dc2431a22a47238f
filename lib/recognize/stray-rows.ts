// A table row that the extractor left as a line of text beside its table (a PDF row cut off at a
// page break: "四、结转下年度继续办理 0 0 0 0 0 0 0"). A line next to a table that is a label and
// nothing but values after it becomes a one-row table of its own, so the row is classified and
// read like any other instead of being taken for a row the publisher left out.

import { tableFromRows, type Block, type ExtractedDoc, type TextBlock } from '../model/document';
import { isValueLike } from './cell-value';

/** A label, then at least two values, each on its own after whitespace. */
function rowOf(text: string): string[] | null {
  const parts = text.trim().split(/\s+/);
  const first = parts.findIndex((p) => isValueLike(p));
  if (first < 1 || parts.length - first < 2) return null;
  const values = parts.slice(first);
  if (!values.every((v) => isValueLike(v))) return null;
  const label = parts.slice(0, first).join('');
  return /[\u3400-\u9fff]{2}/.test(label) ? [label, ...values] : null;
}

export function withStrayRows(doc: ExtractedDoc): ExtractedDoc {
  const blocks: Block[] = [...doc.blocks];
  let changed = false;
  const isTable = (b: Block | undefined) => b?.kind === 'table';
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'text' || !(isTable(blocks[i - 1]) || isTable(blocks[i + 1]))) continue;
    const row = rowOf((b as TextBlock).text);
    if (!row) continue;
    blocks[i] = { ...tableFromRows([{ texts: row, ...(b.ref && { ref: b.ref }) }], false), ...(b.ref && { ref: b.ref }) };
    changed = true;
  }
  return changed ? { ...doc, blocks } : doc;
}
