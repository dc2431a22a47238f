// Where last year's report of the same organ may be found from a report page: a link on the page
// that names it (often the 上一篇/下一篇 links carry the title), a bare 上一篇/下一篇 link to look at,
// or the column the report sits in (its breadcrumb), whose listing names last year's report. Pure
// DOM reading with no browser globals; the extension fetches what it returns, on request only.

import { organAndYear, sameOrgan } from '../cross-year/organ';
import { absolute, reportLinks, squash, type LinkDocument, type LinkElement } from './links';

export interface PreviousCandidates {
  /** Links whose text names a report of `year − 1` by the same organ (or none named). */
  named: string[];
  /** 上一篇 / 下一篇 links without a report title: the report must be fetched to tell. */
  adjacent: string[];
  /** Column (listing) pages the report's breadcrumb or column link points to. */
  columns: string[];
}

const ADJACENT = /^(?:上一篇|下一篇|上一条|下一条)[:：]?$/;
const ADJACENT_PREFIX = /^(?:上一篇|下一篇|上一条|下一条)[:：]?/;
/** A column of reports: 年报, 年度报告, 政府信息公开年报, 信息公开 (not the home page). */
const COLUMN = /年报|年度报告|信息公开/;


/** Candidates on the page at `base`, a report of `organ` for `year`; same site only. */
export function previousCandidates(doc: LinkDocument, base: string, organ: string | null, year: number): PreviousCandidates {
  const host = new URL(base).host;
  const here = absolute(base, base);
  const sameSite = (u: string | null): u is string => u !== null && u !== here && new URL(u).host === host;
  const named = reportLinks(doc, base)
    .filter((l) => sameSite(l.url) && l.year === year - 1 && (l.organ === null || organ === null || sameOrgan(l.organ, organ)))
    .map((l) => l.url);
  const adjacent: string[] = [];
  const columns: string[] = [];
  for (const a of doc.querySelectorAll('a') as Iterable<LinkElement & { parentElement?: LinkElement | null }>) {
    const url = absolute(a.getAttribute('href'), base);
    if (!sameSite(url)) continue;
    const text = squash(a.textContent);
    const before = squash(a.parentElement?.textContent);
    const isAdjacent = ADJACENT.test(text) || (ADJACENT_PREFIX.test(before) && before.length < 200 && !organAndYear(text.replace(ADJACENT_PREFIX, '')));
    if (isAdjacent && !named.includes(url) && !adjacent.includes(url)) adjacent.push(url);
    else if (COLUMN.test(text) && !organAndYear(text) && text.length <= 20 && !columns.includes(url)) columns.push(url);
  }
  return { named, adjacent, columns };
}
