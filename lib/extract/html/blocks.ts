// Walk the content root in document order and emit blocks: one TextBlock per paragraph-level
// element (or per <br>-separated line of it), a TableBlock per data table, an OpaqueBlock per
// content image. Layout tables are walked as containers.

import type { Block, SourceRef } from '../../model/document';
import { BLOCK_TAGS, HEADING_TAGS, hasChromeName, isBold, isEmbed, isNonText, isSemanticChrome, isUnseen, tagOf, walk, type Rendered } from './dom';
import type { LayoutTest } from './layout-table';
import { readTable } from './table-grid';
import { collapseSpace, regionText } from './text';

export interface Limits {
  maxTables: number;
  maxCellsPerTable: number;
  maxBlocks: number;
}

/** A bold paragraph this short is a title line (一、总体情况), a longer one is emphasis. */
const BOLD_HEADING_CHARS = 50;
/** Chrome names (share, related …) are trusted only for regions smaller than this share of the content. */
const CHROME_NAME_SHARE = 0.3;
/** Images declared this small are icons and spacers. */
const ICON_SIZE = 40;

function isIcon(img: Element): boolean {
  const small = (attr: string): boolean => {
    const n = Number.parseInt(img.getAttribute(attr) ?? '', 10);
    return Number.isFinite(n) && n < ICON_SIZE;
  };
  return small('width') || small('height');
}

export interface BlockContext {
  /** Visible non-link characters per element, from the text-stats pass. */
  chars: Map<Element, number>;
  isLayout: LayoutTest;
  limits: Limits;
  /** Read elements hidden by inline style or attribute too. */
  readHidden: boolean;
  /** Whether an element is rendered, where the page's layout can tell (the extension). */
  rendered?: Rendered;
  /** Extraction notes for the user; appended to. */
  notes: string[];
}

export function contentBlocks(root: Element, { chars, isLayout, limits, readHidden, rendered, notes }: BlockContext): Block[] {
  const blocks: Block[] = [];
  const rootChars = chars.get(root) ?? 0;
  /** The paragraph-level element the pending text belongs to. */
  const paragraphs: Element[] = [];
  let pending: string[] = [];
  let pendingAllBold = true;
  let boldDepth = 0;
  let tables = 0;
  let full = false;
  let embedNoted = false;

  const push = (block: Block): void => {
    if (blocks.length >= limits.maxBlocks) {
      if (!full) notes.push(`页面内容过长，只读取了前 ${limits.maxBlocks} 个段落和表格。`);
      full = true;
      return;
    }
    blocks.push(block);
  };

  const flush = (): void => {
    const text = collapseSpace(pending.join(''));
    const allBold = pendingAllBold;
    pending = [];
    pendingAllBold = true;
    if (text === '') return;
    const el = paragraphs[paragraphs.length - 1] ?? root;
    const ref: SourceRef = { kind: 'dom', element: el };
    const heading = HEADING_TAGS.has(tagOf(el)) || (allBold && text.length <= BOLD_HEADING_CHARS);
    push(heading ? { kind: 'text', text, heading: true, ref } : { kind: 'text', text, ref });
  };

  const emitTable = (table: Element): void => {
    tables++;
    if (tables > limits.maxTables) {
      if (tables === limits.maxTables + 1) notes.push(`页面表格超过 ${limits.maxTables} 个，其余表格未读取。`);
      return;
    }
    const caption = Array.from(table.children).find((c) => tagOf(c) === 'caption');
    const captionText = caption ? regionText(caption) : '';
    if (captionText) push({ kind: 'text', text: captionText, ref: { kind: 'dom', element: caption! } });
    const read = readTable(table, limits.maxCellsPerTable);
    if (read.truncated) notes.push(`第 ${tables} 个表格过大，只读取了前 ${read.block?.cells.length ?? 0} 个单元格。`);
    if (read.block) push(read.block);
  };

  walk(root, {
    enter(el) {
      if (full) return false;
      const tag = tagOf(el);
      if (el !== root) {
        if (!readHidden && isUnseen(el, rendered)) return false;
        if (!embedNoted && isEmbed(el)) {
          embedNoted = true;
          notes.push('正文中嵌入了其他文档或页面（如 PDF），其中的内容未读取。');
        }
        if (isNonText(el, readHidden, rendered) || isSemanticChrome(el)) return false;
        if (hasChromeName(el) && (chars.get(el) ?? 0) < CHROME_NAME_SHARE * rootChars) return false;
      }
      if (tag === 'br') {
        flush();
        return false;
      }
      if (tag === 'img') {
        if (!isIcon(el)) {
          flush();
          push({ kind: 'image', ref: { kind: 'dom', element: el } });
        }
        return false;
      }
      if (tag === 'table' && !isLayout(el)) {
        flush();
        emitTable(el);
        return false;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        paragraphs.push(el);
      }
      if (isBold(el)) boldDepth++;
      return true;
    },
    exit(el) {
      const tag = tagOf(el);
      if (BLOCK_TAGS.has(tag)) {
        flush();
        paragraphs.pop();
      }
      if (isBold(el)) boldDepth--;
    },
    text(data) {
      if (full) return;
      pending.push(data);
      if (boldDepth === 0 && /\S/.test(data)) pendingAllBold = false;
    },
  });
  flush();
  return blocks;
}
