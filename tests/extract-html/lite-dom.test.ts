// The checker parses HTML with parse5 into lib/node/lite-dom.ts instead of jsdom: every corpus
// page and fixture must extract exactly as it does from jsdom's DOM (same blocks, same text,
// refs to the same elements), and absurd nesting is refused instead of parsed for minutes.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../lib/extract/html/index';
import { HtmlTooDeep, MAX_HTML_DEPTH, parseLite } from '../../lib/node/lite-dom';
import { decodeBytes, sniffHtmlCharset } from '../../lib/source/decode';
import { deepHtml } from '../fuzz/hostile';
import { CORPUS, hasCorpus } from '../helpers/corpus';

const FIXTURES = join(import.meta.dirname, '../fixtures/html');
const { window } = new JSDOM('');
const jsdomParse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html');

/** An element's place in its document: child indices from the root, with its tag. */
function pathOf(el: { parentElement: unknown; localName: string }): string {
  const steps: string[] = [];
  let cur = el as { parentElement: { children: ArrayLike<unknown> } | null; localName: string };
  while (cur.parentElement) {
    const siblings = Array.from(cur.parentElement.children);
    steps.push(`${siblings.indexOf(cur)}:${cur.localName}`);
    cur = cur.parentElement as unknown as typeof cur;
  }
  return steps.reverse().join('/');
}

function comparable(html: string, parse: (html: string) => unknown) {
  const doc = extractHtml(parse(html) as Document, { kind: 'html', name: 'x' });
  return JSON.parse(
    JSON.stringify(doc, (key, value: unknown) => (key === 'element' ? pathOf(value as Element) : value)),
  ) as unknown;
}

const pages = (): string[] => {
  const list = readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).map((f) => join(FIXTURES, f));
  if (!hasCorpus) return list;
  for (const dir of ['html', 'mutants', 'real', 'negatives']) {
    try {
      list.push(...readdirSync(join(CORPUS, dir)).filter((f) => /\.html?$/.test(f)).map((f) => join(CORPUS, dir, f)));
    } catch {
      // a corpus without this folder
    }
  }
  return list;
};

describe('lite DOM against jsdom', () => {
  it.each(pages())('%s extracts identically', (path) => {
    const bytes = new Uint8Array(readFileSync(path));
    const { text } = decodeBytes(bytes, sniffHtmlCharset(bytes) ?? undefined);
    expect(comparable(text, parseLite)).toEqual(comparable(text, jsdomParse));
  });

  it('malformed markup: implied tbody, foster parenting, unclosed cells, noscript, template, svg', () => {
    const html = `<!doctype html><title> A  title </title><meta name="ArticleTitle" content="T">
      <body><main><h1>Head</h1><table><tr><td>1<td>2</tr>stray<tr><th>a</table>
      <noscript><p>no</p></noscript><template><p>t</p></template><svg><title>s</title></svg>
      <p>one<p>two<div role="main"><ul><li>x<li>y</ul></div></main><article><h1>Art</h1></article>`;
    expect(comparable(html, parseLite)).toEqual(comparable(html, jsdomParse));
    const lite = parseLite(html);
    const dom = jsdomParse(html);
    expect(lite.title).toBe(dom.title);
    expect(lite.body!.querySelectorAll('main, article, [role="main"]').map(pathOf)).toEqual(
      Array.from(dom.body.querySelectorAll('main, article, [role="main"]')).map(pathOf),
    );
  });
});

describe('nesting', () => {
  it(`refuses more than ${MAX_HTML_DEPTH} levels at once`, () => {
    expect(() => parseLite(new TextDecoder().decode(deepHtml().bytes))).toThrow(HtmlTooDeep);
    expect(() => parseLite(new TextDecoder().decode(deepHtml(MAX_HTML_DEPTH - 10).bytes))).not.toThrow();
  });
});
