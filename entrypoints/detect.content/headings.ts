// The page's first headings, read once per document and shared by the detector and the
// attachment finder: one selector query walks a large page once, where a lazy tag collection
// walks all of it for every level that has fewer headings than asked for.

export interface Heading {
  level: number;
  text: string;
}

const MAX_HEADINGS = 12;
const read = new WeakMap<Document, Heading[]>();

export function firstHeadings(doc: Document): Heading[] {
  let out = read.get(doc);
  if (!out) {
    out = [...doc.querySelectorAll('h1, h2, h3')].slice(0, MAX_HEADINGS).map((h) => ({ level: Number(h.tagName[1]), text: h.textContent ?? '' }));
    read.set(doc, out);
  }
  return out;
}
