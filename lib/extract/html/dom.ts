// DOM helpers that work the same on a live browser DOM and on a jsdom Document: only standard
// Node/Element API, no globals (no `Node`, `window`, `getComputedStyle`).

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Lower-case tag name; `o:p` for Word's namespace-prefixed tags. */
export const tagOf = (el: Element): string => el.localName.toLowerCase();

/** Elements whose content is never page text. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'canvas',
  'audio', 'video', 'map', 'select', 'option', 'optgroup', 'datalist', 'button', 'input',
  'textarea', 'dialog',
]);

/** Paragraph-level elements: each starts a new text block. */
export const BLOCK_TAGS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'listing', 'main', 'menu', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr',
  'td', 'th', 'ul', 'xmp', 'plaintext',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Hidden by markup: the `hidden` attribute, `aria-hidden="true"`, or an inline display:none /
 * visibility:hidden. Stylesheet rules are not evaluated (getComputedStyle is costly on large
 * pages and jsdom does not lay out), so the checker and the extension see the same elements.
 */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * Whether the element is rendered, when the caller can tell (the extension, from the live
 * page's layout: stylesheet rules included). The checker has no layout and passes none.
 */
export type Rendered = (el: Element) => boolean;

/** Hidden by markup, or not rendered by the page's styles when `rendered` can tell. */
export const isUnseen = (el: Element, rendered?: Rendered): boolean => isHidden(el) || (rendered !== undefined && !rendered(el));

/**
 * Never holds readable page text: scripts, styles, form controls, embedded objects, and hidden
 * elements unless `readHidden` (the second pass for tables hidden in inactive tabs).
 */
export function isNonText(el: Element, readHidden = false, rendered?: Rendered): boolean {
  return NEVER_TEXT.has(tagOf(el)) || (!readHidden && isUnseen(el, rendered));
}

/** Embedded documents or pages (an <iframe> PDF viewer, an <object> …) with a source. */
export function isEmbed(el: Element): boolean {
  const tag = tagOf(el);
  if (tag !== 'iframe' && tag !== 'embed' && tag !== 'object') return false;
  return Boolean(el.getAttribute('src') || el.getAttribute('data'));
}

const CHROME_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar',
]);

/**
 * Site chrome by semantics: <nav>, <aside>, ARIA landmark roles of chrome, and <header>/<footer>
 * that are not inside an article (an article's own header holds its title).
 */
export function isSemanticChrome(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'nav' || tag === 'aside') return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  if (tag === 'header' || tag === 'footer') {
    return el.parentElement?.closest('article, main, [role="main"]') == null;
  }
  return false;
}

/** Class and id words that generic CMS templates use for chrome around the article. */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'share',
  'sharing', 'social', 'toolbar', 'pagination', 'pager', 'comment', 'comments', 'related',
  'sidebar', 'copyright',
]);

/** True when the element's class or id names it as chrome (navigation, sharing, related links…). */
export function hasChromeName(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (names.trim() === '') return false;
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .some((w) => CHROME_WORDS.has(w));
}

const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i;

export function isBold(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'b' || tag === 'strong') return true;
  const style = el.getAttribute('style');
  return style !== null && BOLD_STYLE.test(style);
}

/**
 * Depth-first walk without recursion (hostile pages nest deeply). `enter` returns false to skip
 * an element's subtree (and its `exit`).
 */
export interface Visitor {
  enter(el: Element): boolean;
  exit(el: Element): void;
  text(data: string): void;
}

export function walk(root: Element, v: Visitor): void {
  if (!v.enter(root)) return;
  let node: ChildNode | null = root.firstChild;
  let parent: Element = root;
  for (;;) {
    if (node === null) {
      v.exit(parent);
      if (parent === root) return;
      node = parent.nextSibling;
      parent = parent.parentElement!;
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (v.enter(el)) {
        parent = el;
        node = el.firstChild;
        continue;
      }
    } else if (node.nodeType === TEXT_NODE) {
      v.text((node as Text).data);
    }
    node = node.nextSibling;
  }
}
