// Cell markup editors leave: every number wrapped in <span>/<font>/<b>/<strong> (some nested)
// with &nbsp; padding around it; every label cell of the three tables as <th> instead of <td>.
// The printed values and labels do not change.

import { buildGrid, findTable } from '../dom';
import type { TableKey } from '../types';
import { htmlTransform } from './common';

const KEYS: TableKey[] = ['active', 'applications', 'reviews'];
const NUMBER = /^[\d.,]+$/;

/** Wrappers, in rotation: the innermost element gets the number. */
const WRAPS: string[][] = [
  ['span style="font-family:宋体;font-size:10.5pt"'],
  ['font face="仿宋_GB2312" size="3"'],
  ['b'],
  ['strong'],
  ['font face="宋体"', 'b'],
  ['span lang="EN-US"', 'strong'],
];

function wrap(doc: Document, text: string, tags: string[]): DocumentFragment {
  const frag = doc.createDocumentFragment();
  frag.append('\u00a0');
  let host: Node = frag;
  for (const t of tags) {
    const [name, ...attrs] = t.split(' ');
    const el = doc.createElement(name!);
    const m = attrs.join(' ').matchAll(/([\w-]+)="([^"]*)"/g);
    for (const [, k, v] of m) el.setAttribute(k!, v!);
    host.appendChild(el);
    host = el;
  }
  host.appendChild(doc.createTextNode(text));
  frag.append('\u00a0\u00a0');
  return frag;
}

export const numberMarkup = htmlTransform({
  id: 'cell-number-markup',
  description: 'every number of the three tables wrapped in <span>/<font>/<b>/<strong>, padded with &nbsp;',
  edit(doc, truth) {
    let n = 0;
    for (const key of KEYS) {
      const table = findTable(doc, key);
      if (!table) continue;
      for (const g of buildGrid(table).cells) {
        if (!NUMBER.test(g.text)) continue;
        const walker = doc.createTreeWalker(g.el, 4);
        const texts: Text[] = [];
        for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t as Text);
        const node = texts.find((t) => t.data.trim() !== '');
        if (!node || node.data.replace(/[\s\u00a0]+/g, '') !== g.text) continue;
        node.replaceWith(wrap(doc, node.data.trim(), WRAPS[n % WRAPS.length]!));
        n++;
      }
    }
    if (n) truth.note(`${n} numbers wrapped in inline markup with &nbsp; padding`);
    return n > 0;
  },
});

export const labelsAsTh = htmlTransform({
  id: 'labels-as-th',
  description: 'every label cell of the three tables printed as <th> instead of <td>',
  edit(doc, truth) {
    let n = 0;
    for (const key of KEYS) {
      const table = findTable(doc, key);
      if (!table) continue;
      for (const g of buildGrid(table).cells) {
        if (g.el.tagName !== 'TD' || g.text === '' || NUMBER.test(g.text)) continue;
        const th = doc.createElement('th');
        for (const a of [...g.el.attributes]) th.setAttribute(a.name, a.value);
        th.append(...g.el.childNodes);
        g.el.replaceWith(th);
        n++;
      }
    }
    if (n) truth.note(`${n} label cells turned into <th>`);
    return n > 0;
  },
});
