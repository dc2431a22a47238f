// Layout tables: old CMS templates place the whole page, or the article, in table cells. Such a
// table is read as a container (its cells' content in order), never as a grid.

import { tagOf } from './dom';
import { rowGroups } from './table-grid';

/** A cell this long, made of several paragraphs, holds an article, not a value or a label. */
const ARTICLE_CELL_CHARS = 1000;
const ARTICLE_CELL_BLOCKS = 3;

function ownCells(table: Element): Element[] {
  const cells: Element[] = [];
  for (const group of rowGroups(table)) {
    for (const tr of group) {
      for (const td of Array.from(tr.children)) {
        const tag = tagOf(td);
        if (tag === 'td' || tag === 'th') cells.push(td);
      }
    }
  }
  return cells;
}

function holdsArticle(cell: Element): boolean {
  if ((cell.textContent ?? '').length < ARTICLE_CELL_CHARS) return false;
  return cell.querySelectorAll('p, div, h1, h2, h3, h4, h5, h6, li').length >= ARTICLE_CELL_BLOCKS;
}

export type LayoutTest = (table: Element) => boolean;

/**
 * A table is layout when its role says so, when it holds tables in its cells, when it is a
 * single-cell wrapper, or when one of its cells holds an article's worth of paragraphs.
 * `holdsTables` are the elements with a visible table inside (from the text-stats pass); answers
 * are memoised for one extraction, so nested layouts stay linear.
 */
export function layoutTest(holdsTables: ReadonlySet<Element>): LayoutTest {
  const memo = new Map<Element, boolean>();
  return (table) => {
    let answer = memo.get(table);
    if (answer === undefined) {
      answer = isLayout(table, holdsTables);
      memo.set(table, answer);
    }
    return answer;
  };
}

function isLayout(table: Element, holdsTables: ReadonlySet<Element>): boolean {
  const role = table.getAttribute('role')?.trim().toLowerCase();
  if (role === 'presentation' || role === 'none') return true;
  if (holdsTables.has(table)) return true;
  const cells = ownCells(table);
  if (cells.length === 1) return true;
  return cells.some(holdsArticle);
}
