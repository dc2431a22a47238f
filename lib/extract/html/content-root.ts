// Find the article container by text density: one linear pass counts the visible non-link text
// under every element, then we descend from <body> (or a dominant <main>/<article>) into the
// child that holds most of the text, and climb back to take in the article's title and any
// short trailing paragraphs. Page chrome (navigation, header, footer, sidebars) stays outside.

import { BLOCK_TAGS, isNonText, isSemanticChrome, tagOf, walk, type Rendered } from './dom';
import type { LayoutTest } from './layout-table';
import { collapseSpace } from './text';

/** A child holding this share of its parent's text is where the content is. */
const DESCEND_SHARE = 0.8;
/** A semantic <main>/<article> holding this share of the page's text is the starting point. */
const SEMANTIC_SHARE = 0.5;
/** Climbing back adds at most this much text beside the core, as a share of the core … */
const CLIMB_SHARE = 0.25;
/** … or this many characters, whichever is more. */
const CLIMB_CHARS = 300;
const CLIMB_LEVELS = 4;
/** Characters of page text kept for finding a visible publication date. */
const PAGE_TEXT_CAP = 20_000;

export interface TextStats {
  /** Visible non-link, non-whitespace characters under each element (skipped subtrees absent). */
  chars: Map<Element, number>;
  /** Elements with a paragraph-level element somewhere inside: containers, not paragraphs. */
  containers: Set<Element>;
  /** Elements with a table somewhere inside. */
  holdsTables: Set<Element>;
  /** The start of the page's visible text, pieces joined by spaces. */
  pageText: string;
}

export function textStats(body: Element, readHidden: boolean, rendered?: Rendered): TextStats {
  const chars = new Map<Element, number>();
  const containers = new Set<Element>();
  const holdsTables = new Set<Element>();
  const sums: number[] = [];
  const path: Element[] = [];
  let linkDepth = 0;
  const page: string[] = [];
  let pageLength = 0;
  walk(body, {
    enter(el) {
      if (el !== body && (isNonText(el, readHidden, rendered) || isSemanticChrome(el))) return false;
      if (tagOf(el) === 'a') linkDepth++;
      sums.push(0);
      path.push(el);
      return true;
    },
    exit(el) {
      if (tagOf(el) === 'a') linkDepth--;
      const n = sums.pop()!;
      path.pop();
      chars.set(el, n);
      if (sums.length > 0) sums[sums.length - 1]! += n;
      const parent = path[path.length - 1];
      if (!parent) return;
      const tag = tagOf(el);
      if (BLOCK_TAGS.has(tag) || containers.has(el)) containers.add(parent);
      if (tag === 'table' || holdsTables.has(el)) holdsTables.add(parent);
    },
    text(data) {
      const line = collapseSpace(data);
      if (line === '') return;
      if (pageLength < PAGE_TEXT_CAP) {
        page.push(line);
        pageLength += line.length;
      }
      if (linkDepth === 0) sums[sums.length - 1]! += line.replace(/ /g, '').length;
    },
  });
  return { chars, containers, holdsTables, pageText: page.join(' ') };
}

function isSemanticMain(el: Element): boolean {
  const tag = tagOf(el);
  return tag === 'main' || tag === 'article' || el.getAttribute('role')?.trim().toLowerCase() === 'main';
}

/** An element that carries the article's title or is the article by semantics. */
function isTitleBoundary(el: Element): boolean {
  return isSemanticMain(el) || el.querySelector('h1') !== null;
}

function startingPoint(body: Element, chars: Map<Element, number>): Element {
  const total = chars.get(body) ?? 0;
  let best: Element | null = null;
  let bestChars = 0;
  for (const el of Array.from(body.querySelectorAll('main, article, [role="main"]'))) {
    const n = chars.get(el) ?? 0;
    if (n > bestChars) [best, bestChars] = [el, n];
  }
  return best && bestChars >= SEMANTIC_SHARE * total ? best : body;
}

/**
 * A content root holds blocks: never a single paragraph (its siblings are content too), nor the
 * rows and cells of a data table.
 */
function canDescendInto(el: Element, stats: TextStats, isLayout: LayoutTest): boolean {
  const tag = tagOf(el);
  if (tag === 'table') return isLayout(el);
  if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot' || tag === 'tr') {
    const table = el.closest('table');
    return table !== null && isLayout(table);
  }
  return stats.containers.has(el);
}

function descend(start: Element, stats: TextStats, isLayout: LayoutTest): Element {
  const { chars } = stats;
  let node = start;
  for (;;) {
    const total = chars.get(node) ?? 0;
    if (total === 0) return node;
    let best: Element | null = null;
    let bestChars = 0;
    for (const child of Array.from(node.children)) {
      const n = chars.get(child) ?? 0;
      if (n > bestChars) [best, bestChars] = [child, n];
    }
    if (!best || bestChars < DESCEND_SHARE * total || !canDescendInto(best, stats, isLayout)) return node;
    node = best;
  }
}

function climb(core: Element, chars: Map<Element, number>): Element {
  if (isTitleBoundary(core)) return core;
  const coreChars = chars.get(core) ?? 0;
  const budget = Math.max(CLIMB_CHARS, CLIMB_SHARE * coreChars);
  let root = core;
  for (let level = 0; level < CLIMB_LEVELS; level++) {
    const parent = root.parentElement;
    if (!parent || tagOf(parent) === 'body' || tagOf(parent) === 'html') break;
    if ((chars.get(parent) ?? 0) - coreChars > budget) break;
    root = parent;
    if (isTitleBoundary(root)) break;
  }
  return root;
}

/** The element holding the article: text-dense, without the site's chrome. */
export function findContentRoot(body: Element, stats: TextStats, isLayout: LayoutTest): Element {
  const start = startingPoint(body, stats.chars);
  return climb(descend(start, stats, isLayout), stats.chars);
}
