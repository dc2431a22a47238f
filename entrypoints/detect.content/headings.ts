// The first few headings of each level, read through the browser's lazy tag collections: on a
// large page that is far cheaper than a selector query or a tree walk over every element.

export function firstHeadings(doc: Document, tags: string[], perTag: number): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const found = doc.getElementsByTagName(tag);
    for (let i = 0; i < perTag; i++) {
      const h = found[i];
      if (!h) break;
      out.push(h.textContent ?? '');
    }
  }
  return out;
}
