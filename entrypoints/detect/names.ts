// What a page says it is, read cheaply on every gov.cn page: the document's title, the site's
// ArticleTitle and ColumnName <meta> (fields of the 政府网站发展指引, in <head>), and the page's top
// heading: its first <h1>, or its first <h2> when it has no <h1> or only an empty one (a logo).
// Each heading comes from a one-tag query, which the browser answers on its fast path and stops at
// the first match; a list selector ('h1, h2, h3') has no fast path and matches every element of
// the page (2 ms on a 2 MB page of 40,000 elements), and each query for a level the page lacks
// walks all of it (0.3 ms there).

export interface Heading {
  level: number;
  text: string;
}

/** The page's top heading: its first h1, else (none, or one without text) its first h2 as well. */
export function topHeadings(doc: Document): Heading[] {
  const out: Heading[] = [];
  for (const level of [1, 2]) {
    const text = doc.querySelector(`h${level}`)?.textContent ?? '';
    if (text) out.push({ level, text });
    if (text.trim()) break;
  }
  return out;
}

/** A <meta name=…> of the page's head (only the head is queried: a page without one is not walked). */
export function metaContent(doc: Document, name: string): string {
  return doc.head?.querySelector<HTMLMetaElement>(`meta[name="${name}" i]`)?.content ?? '';
}

const squash = (s: string) => s.replace(/\s+/g, '');

const titlesRead = new WeakMap<Document, string[]>();

/** The page's own titles for itself: <title>, ArticleTitle and the top heading, without white space. Read once per document. */
export function titlesOf(doc: Document): string[] {
  let out = titlesRead.get(doc);
  if (!out) {
    out = [doc.title, metaContent(doc, 'ArticleTitle'), ...topHeadings(doc).map((h) => h.text)].map(squash);
    titlesRead.set(doc, out);
  }
  return out;
}

/**
 * Words of a page that is an annual report, a listing of them or any page of an information-
 * disclosure column ("政府信息公开年报", "信息公开 - XX区人民政府", "政务公开"); a news column
 * ("新闻动态", "通知公告") has none of them.
 */
const DISCLOSURE = /信息公开|政务公开|年度报告|年报/;

/**
 * The gate of the detector's link passes (listing chips, attachment buttons): the page's title,
 * ArticleTitle, ColumnName or first headings name an annual report or a disclosure column. Any
 * other page is not looked at link by link; the popup's "find report links" does that on request.
 */
export function namesDisclosure(doc: Document): boolean {
  return [...titlesOf(doc), squash(metaContent(doc, 'ColumnName'))].some((s) => DISCLOSURE.test(s));
}
