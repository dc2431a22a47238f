// Markdown pipe tables: "| a | b |" rows; separator rows carry no cells. Empty cells stay "",
// since the column positions of the values vary from row to row in real extractions.

import { stripInline } from './inline';
import { lineRef, type RegionLine, type Row } from './rows';

export function splitPipeRow(line: string): string[] {
  const t = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return t.split(/(?<!\\)\|/).map((c) => stripInline(c.replace(/\\\|/g, '|')).trim());
}

export function markdownRows(lines: readonly RegionLine[]): Row[] {
  return lines
    .filter((l) => !/^\|(\s*:?-+:?\s*\|)+$/.test(l.text.trim()))
    .map((l) => ({ texts: splitPipeRow(l.text), ref: lineRef(l.no) }));
}
