// Report text → ExtractedDoc. Reads tab-separated PDF text, "cell |" crawl text, Markdown pipe
// tables and plain paragraphs, by structure only: which lines form a table and where its cells
// are, never what the labels say.

import { tableFromRows, type Block, type ExtractedDoc, type SourceInfo } from '../../model/document';
import { crawlRows } from './crawl';
import { cleanTextLine } from './inline';
import { classifyLines, familyOf, isSkippable, isValueLike, type Family, type LineKind } from './lines';
import { markdownRows } from './markdown';
import { isHeaderStart, readField, splitHeaderLine, type CrawlMeta } from './meta';
import { lineRef, type RegionLine, type Row } from './rows';
import { tabRows } from './tab';

const ROWS: Record<Family, (lines: readonly RegionLine[]) => Row[]> = {
  tab: tabRows,
  md: markdownRows,
  crawl: crawlRows,
};

export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/**
 * The lines of the table region that starts at `start`: lines of the same family, across blank
 * lines and page numbers (a table continues over a page break), up to the first other line.
 */
function regionEnd(kinds: readonly LineKind[], start: number, family: Family): number {
  let end = start + 1;
  for (let i = start + 1; i < kinds.length; i++) {
    if (isSkippable(kinds[i]!)) continue;
    if (familyOf(kinds[i]!) !== family) break;
    end = i + 1;
  }
  return end;
}

function textBlock(line: string, no: number): Block | null {
  const { text, heading } = cleanTextLine(line);
  if (!text) return null;
  return heading ? { kind: 'text', text, heading, ref: lineRef(no) } : { kind: 'text', text, ref: lineRef(no) };
}

/**
 * A lone tab line is a table row only when it carries values; otherwise it is a line of text
 * with stray tabs (a signature "单位⇥日期", a tab-justified paragraph), kept as narrative.
 * Pipe markup is explicit, so there a single row with two cells is still a table.
 */
function isTable(family: Family, filled: readonly Row[]): boolean {
  const cells = filled.flatMap((r) => r.texts.filter((t) => t !== ''));
  if (filled.length > 1) return true;
  if (family === 'tab') return cells.filter(isValueLike).length >= 2;
  return cells.length >= 2;
}

function regionBlocks(family: Family, rows: Row[], firstLine: number): Block[] {
  const filled = rows.filter((r) => r.texts.some((t) => t !== ''));
  if (filled.length === 0) return [];
  if (!isTable(family, filled)) {
    const row = filled[0]!;
    const line = row.ref.kind === 'line' ? row.ref.line : firstLine;
    const block = textBlock(row.texts.filter((t) => t !== '').join(' '), line);
    return block ? [block] : [];
  }
  const table = tableFromRows(filled, false);
  table.ref = lineRef(firstLine);
  return [table];
}

export function extractText(text: string, source: SourceInfo): ExtractedDoc {
  const lines = splitLines(text);
  const kinds = classifyLines(lines);
  const meta: CrawlMeta = { title: null, published: null };
  const blocks: Block[] = [];
  let inHeader = false;
  let nonBlank = 0;

  for (let i = 0; i < lines.length; ) {
    const kind = kinds[i]!;
    const line = lines[i]!;
    if (isSkippable(kind)) {
      i++;
      continue;
    }
    if (kind === 'text') {
      inHeader = inHeader || isHeaderStart(line, nonBlank);
      const fields = inHeader ? splitHeaderLine(line) : null;
      if (fields) {
        for (const f of fields) {
          readField(f, meta);
          blocks.push({ kind: 'text', text: f, ref: lineRef(i + 1) });
        }
      } else {
        inHeader = false;
        const block = textBlock(line, i + 1);
        if (block) blocks.push(block);
      }
      nonBlank++;
      i++;
      continue;
    }
    inHeader = false;
    const family = familyOf(kind)!;
    const end = regionEnd(kinds, i, family);
    const region: RegionLine[] = [];
    for (let k = i; k < end; k++) if (!isSkippable(kinds[k]!)) region.push({ text: lines[k]!, no: k + 1 });
    blocks.push(...regionBlocks(family, ROWS[family](region), i + 1));
    nonBlank++;
    i = end;
  }

  return { source, metaTitle: meta.title, published: meta.published, blocks, notes: [] };
}
