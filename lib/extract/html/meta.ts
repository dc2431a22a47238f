// Page metadata: the article title and the publication date, from <meta> tags first (TRS and
// most gov.cn CMSs write ArticleTitle / PubDate), then from the visible page.

import { collapseSpace, regionText } from './text';

const TITLE_META = ['articletitle', 'og:title', 'dc.title', 'title'];
const DATE_META = [
  'pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time', 'og:release_date',
  'dc.date', 'dc.date.issued', 'date',
];

function metaValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').trim().toLowerCase();
    const content = collapseSpace(meta.getAttribute('content') ?? '');
    if (key && content && !values.has(key)) values.set(key, content);
  }
  return values;
}

/** A date as YYYY-MM-DD from "2024-03-29 15:18", "2024/3/29", "2024年3月29日", or null. */
export function isoDate(s: string): string | null {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE = String.raw`(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})`;
/** "发布日期：2024-03-29", "发布时间: 2024-03-29 15:18", "发文日期：…". */
const LABELLED_DATE = new RegExp(String.raw`(?:发布|发文|公开)(?:日期|时间)\s*[:：]?\s*` + DATE);
/** A bare "时间：2024-03-08" or "日期：…" (a byline), trusted only near the top of the page. */
const BYLINE_DATE = new RegExp(String.raw`(?:^|[^\u4e00-\u9fff])(?:时间|日期)\s*[:：]\s*` + DATE);
const BYLINE_ZONE = 2000;

export function findPublished(doc: Document, pageText: string): string | null {
  const meta = metaValues(doc);
  for (const key of DATE_META) {
    const date = isoDate(meta.get(key) ?? '');
    if (date) return date;
  }
  const labelled = LABELLED_DATE.exec(pageText);
  if (labelled) return isoDate(labelled[1]!);
  const byline = BYLINE_DATE.exec(pageText.slice(0, BYLINE_ZONE));
  return byline ? isoDate(byline[1]!) : null;
}

/** "标题_栏目_网站" → "标题": the first part of a <title> before a site-name separator. */
function titleHead(title: string): string {
  const head = title.split(/\s*(?:_|\||｜|\s-\s|\s—\s|\s–\s)\s*/)[0]!.trim();
  return head.length >= 6 ? head : title;
}

export function findMetaTitle(doc: Document, root: Element): string | null {
  const meta = metaValues(doc);
  for (const key of TITLE_META) {
    const value = meta.get(key);
    if (value) return value;
  }
  // Only the article's own <h1>: outside it, an <h1> is often the site's logo.
  const h1 = root.querySelector('h1');
  const h1Text = h1 ? regionText(h1) : '';
  if (h1Text.length >= 4) return h1Text;
  const title = collapseSpace(doc.title ?? '');
  return title ? titleHead(title) : null;
}
