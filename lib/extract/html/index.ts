// A DOM (the live page in the extension, a jsdom Document in the checker) → ExtractedDoc.
// Standard DOM API only, and never innerHTML: text comes from text nodes.

import type { Block, ExtractedDoc, SourceInfo } from '../../model/document';
import { contentBlocks, type Limits } from './blocks';
import { findContentRoot, textStats } from './content-root';
import type { Rendered } from './dom';
import { layoutTest } from './layout-table';
import { findMetaTitle, findPublished } from './meta';

export const DEFAULT_LIMITS: Limits = { maxTables: 200, maxCellsPerTable: 5000, maxBlocks: 50_000 };

interface Pass {
  blocks: Block[];
  notes: string[];
  root: Element;
  pageText: string;
}

function extractPass(body: Element, limits: Limits, readHidden: boolean, rendered?: Rendered): Pass {
  const notes: string[] = [];
  const stats = textStats(body, readHidden, rendered);
  const isLayout = layoutTest(stats.holdsTables);
  const root = findContentRoot(body, stats, isLayout);
  const blocks = contentBlocks(root, { chars: stats.chars, isLayout, limits, readHidden, rendered, notes });
  return { blocks, notes, root, pageText: stats.pageText };
}

const hasTable = (blocks: readonly Block[]): boolean => blocks.some((b) => b.kind === 'table');

/**
 * `rendered` tells whether an element is rendered (the extension asks the live page's layout):
 * text the page's styles hide is not what its reader sees, so it is not audited. Without it only
 * markup (the hidden attribute, inline display:none) hides.
 */
export function extractHtml(doc: Document, source: SourceInfo, limits: Limits = DEFAULT_LIMITS, rendered?: Rendered): ExtractedDoc {
  const body = doc.body ?? doc.documentElement;
  if (!body) {
    return { source, metaTitle: null, published: null, blocks: [], notes: ['页面没有正文。'] };
  }
  let pass = extractPass(body, limits, false, rendered);
  // Templates with 全真版/文字版 tabs hide the text version (and its tables) behind an inline
  // display:none; when nothing visible holds a table, read the hidden parts too.
  if (!hasTable(pass.blocks)) {
    const withHidden = extractPass(body, limits, true);
    if (hasTable(withHidden.blocks)) {
      pass = withHidden;
      pass.notes.push('页面上的部分内容处于隐藏状态（如未选中的标签页），其中的文字和表格也已读取。');
    }
  }
  if (pass.blocks.length === 0) pass.notes.push('页面正文中没有可读取的文字或表格。');
  return {
    source,
    metaTitle: findMetaTitle(doc, pass.root),
    published: findPublished(doc, pass.pageText),
    blocks: pass.blocks,
    notes: pass.notes,
  };
}
