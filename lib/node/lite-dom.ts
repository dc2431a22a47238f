// Node-only: HTML text → a small read-only DOM for lib/extract/html, built by parse5 (the HTML
// parser jsdom uses, so the tree is the one a browser's parser builds) without jsdom's full DOM,
// whose start-up alone costs about a second. It has just the API the extractor reads: node
// links, attributes, text, the document's title/body/meta, and querySelector / closest for lists
// of simple selectors (`tag`, `[attr="value"]`, `tag[attr="value"]`). tests/extract-html/
// lite-dom.test.ts checks that every corpus page extracts exactly as under jsdom.
//
// Bounded: nesting deeper than MAX_HTML_DEPTH is refused while parsing (the HTML tree-building
// algorithm scans the stack of open elements for each tag, which is quadratic on deep trees;
// browsers cap the depth at 512 for the same reason).

import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap } from 'parse5';

export const MAX_HTML_DEPTH = 1000;

export class HtmlTooDeep extends Error {
  constructor() {
    super(`HTML 元素嵌套超过 ${MAX_HTML_DEPTH} 层`);
    this.name = 'HtmlTooDeep';
  }
}

type P5Node = DefaultTreeAdapterMap['node'];
type P5Element = DefaultTreeAdapterMap['element'];

const HTML_NS = 'http://www.w3.org/1999/xhtml';

export abstract class LiteNode {
  parentNode: LiteNode | null = null;
  firstChild: LiteNode | null = null;
  lastChild: LiteNode | null = null;
  nextSibling: LiteNode | null = null;
  previousSibling: LiteNode | null = null;
  abstract readonly nodeType: number;

  get parentElement(): LiteElement | null {
    return this.parentNode instanceof LiteElement ? this.parentNode : null;
  }

  get childNodes(): LiteNode[] {
    const out: LiteNode[] = [];
    for (let n = this.firstChild; n; n = n.nextSibling) out.push(n);
    return out;
  }

  get textContent(): string {
    let s = '';
    for (let n = this.firstChild; n; n = n.nextSibling) if (n.nodeType !== 8) s += n.textContent;
    return s;
  }

  append(child: LiteNode): void {
    child.parentNode = this;
    child.previousSibling = this.lastChild;
    if (this.lastChild) this.lastChild.nextSibling = child;
    else this.firstChild = child;
    this.lastChild = child;
  }

  /** Elements below this node in tree order. */
  *descendants(): Generator<LiteElement> {
    let n: LiteNode | null = this.firstChild;
    while (n) {
      if (n instanceof LiteElement) yield n;
      if (n.firstChild) {
        n = n.firstChild;
        continue;
      }
      while (n && !n.nextSibling && n !== this) n = n.parentNode;
      if (!n || n === this) return;
      n = n.nextSibling;
    }
  }

  querySelectorAll(selectors: string): LiteElement[] {
    const match = compile(selectors);
    const out: LiteElement[] = [];
    for (const el of this.descendants()) if (match(el)) out.push(el);
    return out;
  }

  querySelector(selectors: string): LiteElement | null {
    const match = compile(selectors);
    for (const el of this.descendants()) if (match(el)) return el;
    return null;
  }

  getElementsByTagName(name: string): LiteElement[] {
    const lower = name.toLowerCase();
    const out: LiteElement[] = [];
    for (const el of this.descendants()) if (el.localName === (el.namespaceURI === HTML_NS ? lower : name)) out.push(el);
    return out;
  }
}

export class LiteText extends LiteNode {
  readonly nodeType = 3;
  constructor(public data: string) {
    super();
  }
  override get textContent(): string {
    return this.data;
  }
}

export class LiteComment extends LiteNode {
  readonly nodeType = 8;
  constructor(public data: string) {
    super();
  }
  override get textContent(): string {
    return this.data;
  }
}

export class LiteElement extends LiteNode {
  readonly nodeType = 1;
  private readonly attrs: Map<string, string>;

  constructor(
    readonly localName: string,
    readonly namespaceURI: string,
    attrs: { name: string; value: string; prefix?: string }[],
  ) {
    super();
    this.attrs = new Map();
    for (const a of attrs) {
      const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
      if (!this.attrs.has(name)) this.attrs.set(name, a.value);
    }
  }

  get tagName(): string {
    return this.namespaceURI === HTML_NS ? this.localName.toUpperCase() : this.localName;
  }

  private key(name: string): string {
    return this.namespaceURI === HTML_NS ? name.toLowerCase() : name;
  }

  getAttribute(name: string): string | null {
    return this.attrs.get(this.key(name)) ?? null;
  }

  hasAttribute(name: string): boolean {
    return this.attrs.has(this.key(name));
  }

  get children(): LiteElement[] {
    const out: LiteElement[] = [];
    for (let n = this.firstChild; n; n = n.nextSibling) if (n instanceof LiteElement) out.push(n);
    return out;
  }

  closest(selectors: string): LiteElement | null {
    const match = compile(selectors);
    if (match(this)) return this;
    for (let el = this.parentElement; el; el = el.parentElement) if (match(el)) return el;
    return null;
  }
}

export class LiteDocument extends LiteNode {
  readonly nodeType = 9;

  get documentElement(): LiteElement | null {
    for (let n = this.firstChild; n; n = n.nextSibling) if (n instanceof LiteElement) return n;
    return null;
  }

  get body(): LiteElement | null {
    const html = this.documentElement;
    if (!html || html.localName !== 'html') return null;
    for (const c of html.children) if (c.localName === 'body' || c.localName === 'frameset') return c;
    return null;
  }

  /** The first <title>'s own text, ASCII whitespace stripped and collapsed (as Document.title). */
  get title(): string {
    let title: LiteElement | null = null;
    for (const el of this.descendants()) {
      if (el.localName === 'title') {
        title = el;
        break;
      }
    }
    if (!title) return '';
    let s = '';
    for (let n = title.firstChild; n; n = n.nextSibling) if (n instanceof LiteText) s += n.data;
    return s.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
  }
}

/** Selector lists of simple compounds: `tag`, `[attr="value"]` (optional ` i`), `tag[attr="value"]`. */
const cache = new Map<string, (el: LiteElement) => boolean>();

function compile(selectors: string): (el: LiteElement) => boolean {
  let fn = cache.get(selectors);
  if (fn) return fn;
  const parts = selectors.split(',').map((s) => {
    const m = /^\s*([a-zA-Z][\w-]*)?(?:\[\s*([\w-]+)\s*=\s*"([^"]*)"\s*(i)?\s*\])?\s*$/.exec(s);
    if (!m || (!m[1] && !m[2])) throw new Error(`lite DOM: unsupported selector "${s.trim()}"`);
    const tag = m[1]?.toLowerCase();
    const attr = m[2];
    const value = m[3] ?? '';
    const fold = Boolean(m[4]);
    return (el: LiteElement) => {
      if (tag && el.localName.toLowerCase() !== tag) return false;
      if (!attr) return true;
      const v = el.getAttribute(attr);
      return v !== null && (fold ? v.toLowerCase() === value.toLowerCase() : v === value);
    };
  });
  fn = (el) => parts.some((p) => p(el));
  cache.set(selectors, fn);
  return fn;
}

/** Parse HTML text the way a browser's parser would; throws HtmlTooDeep on absurd nesting. */
export function parseLite(html: string): LiteDocument {
  let depth = 0;
  const tree = parse(html, {
    treeAdapter: {
      ...defaultTreeAdapter,
      onItemPush() {
        if (++depth > MAX_HTML_DEPTH) throw new HtmlTooDeep();
      },
      onItemPop() {
        depth--;
      },
    },
  });
  const doc = new LiteDocument();
  // Iterative copy (a recursive one would overflow the stack on deep input).
  const stack: [P5Node, LiteNode][] = [];
  const pushChildren = (from: P5Node, to: LiteNode) => {
    const kids = 'childNodes' in from ? from.childNodes : [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, to]);
  };
  pushChildren(tree, doc);
  while (stack.length) {
    const [src, parent] = stack.pop()!;
    let node: LiteNode | null = null;
    if (src.nodeName === '#text') node = new LiteText((src as DefaultTreeAdapterMap['textNode']).value);
    else if (src.nodeName === '#comment') node = new LiteComment((src as DefaultTreeAdapterMap['commentNode']).data);
    else if ('tagName' in src) {
      const el = src as P5Element;
      node = new LiteElement(el.tagName, el.namespaceURI, el.attrs);
    }
    if (!node) continue; // doctype
    parent.append(node);
    pushChildren(src, node);
  }
  return doc;
}
