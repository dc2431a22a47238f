// What a page says it is, read cheaply on every gov.cn page: the document's title, the site's
// ArticleTitle and ColumnName <meta> (fields of the 政府网站发展指引, in <head>, read by XPath as
// strings), and, where those leave it open (namesOf), the page's top heading: its first <h1>, or
// its first <h2> when it has no <h1> or only an empty one (a logo).
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

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
// XPathResult.STRING_TYPE (the global is missing where tests pass a jsdom document).
const STRING_TYPE = 2;
/** Joins the contents in one XPath string (a control character no <meta> content has). */
const UNIT = '\u001f';

/**
 * The <meta name=…> contents of the page's head (names compared without case; '' where missing),
 * read as one XPath string: no element is handed to the script, so none of the element interfaces
 * is set up in its world (each first touch costs a page a few tenths of a millisecond), and only
 * the head's children are looked at.
 */
export function metaContents(doc: Document, names: readonly string[]): string[] {
  const one = (name: string) => `string(/html/head/meta[translate(@name,'${UPPER}','${LOWER}')='${name.toLowerCase()}']/@content)`;
  const query = names.length === 1 ? one(names[0]!) : `concat(${names.map(one).join(`,'${UNIT}',`)})`;
  try {
    const joined = doc.evaluate(query, doc, null, STRING_TYPE, null).stringValue;
    return joined.split(UNIT);
  } catch {
    return names.map(() => '');
  }
}

// The few short strings read here are tested without regular expressions: a pattern is compiled on
// its first use, which costs every page more than these tests themselves.

/** White space as JavaScript's \s knows it. */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function squash(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) out += s[i];
  return out;
}

export const includesAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));

/**
 * Words of a page that is an annual report, a listing of them or any page of an information-
 * disclosure column ("政府信息公开年报", "信息公开 - XX区人民政府", "政务公开"); a news column
 * ("新闻动态", "通知公告") has none of them.
 */
const DISCLOSURE = ['信息公开', '政务公开', '年度报告', '年报'];

/** Words that name an annual report (in a title, a link text, a file name). */
export const REPORT_WORDS = ['年度报告', '年报'];

/** Separators between a page's own name and the site's in a <title> ("新闻动态_某某县人民政府"). */
const SEPARATORS = '_-|｜—–―·:：>»';

/** A title made of more than one part: it says what the page is, not just which site it is on. */
function namesThePage(title: string): boolean {
  for (let i = 1; i < title.length - 1; i++) if (SEPARATORS.includes(title[i]!)) return true;
  return false;
}

interface Names {
  /** <title>, ArticleTitle and, where read, the top heading, without white space. */
  titles: string[];
  /** These or the ColumnName name an annual report or a disclosure column. */
  disclosure: boolean;
}

const namesDisclosureWords = (s: string) => includesAny(s, DISCLOSURE);

const namesRead = new WeakMap<Document, Names>();

/**
 * What the page says it is, read once per document. The top heading is read where the page's
 * title and ArticleTitle leave it open: a title that only names the site, or a page already named
 * as a report or a disclosure column (whose heading may name the report itself). Elsewhere the
 * heading is not read: the first element a content script touches costs a page about half a
 * millisecond (the browser sets up the element interfaces in the script's world), and an article
 * whose title names another column ("新闻动态_…") is no report of a disclosure column.
 */
function namesOf(doc: Document): Names {
  let out = namesRead.get(doc);
  if (!out) {
    const title = squash(doc.title);
    const [article = '', column = ''] = metaContents(doc, ['ArticleTitle', 'ColumnName']).map(squash);
    const titles = [title, article];
    const open = !article && !namesThePage(title);
    const named = [...titles, column].some(namesDisclosureWords);
    if (open || named) titles.push(...topHeadings(doc).map((h) => squash(h.text)));
    out = { titles, disclosure: named || titles.some(namesDisclosureWords) };
    namesRead.set(doc, out);
  }
  return out;
}

/** The page's own titles for itself (see namesOf). */
export const titlesOf = (doc: Document): string[] => namesOf(doc).titles;

/**
 * The gate of the detector's link passes (listing chips, attachment buttons): the page's title,
 * ArticleTitle, ColumnName or top heading name an annual report or a disclosure column. Any
 * other page is not looked at link by link; the popup's "find report links" does that on request.
 */
export const namesDisclosure = (doc: Document): boolean => namesOf(doc).disclosure;
