// Opened from the popup on a report page (listing.html?report=URL): the report is audited, last
// year's report of the same organ is looked for among the links the report's own page offers (a
// link naming it, often 上一篇/下一篇; a bare 上一篇/下一篇; the column in its breadcrumb, whose
// listing names it), each fetched within the host's slots, and the two compared in a section of
// their own. Nothing is fetched beyond a few pages of the report's own site.

import { useEffect, useState } from 'preact/hooks';
import { uiLang } from '@/components/i18n';
import { whyNotComparable } from '@/lib/cross-year/pair';
import { sameOrgan } from '@/lib/cross-year/organ';
import { uiText } from '@/lib/i18n/ui';
import { reportLinks } from '@/lib/listing/links';
import { previousCandidates } from '@/lib/listing/previous';
import { isGovCnUrl } from '@/lib/messages/gov-url';
import { auditLink } from './audit';
import { CrossYear } from './CrossYear';
import { fetchHtml } from './pages';
import type { Entry } from './state';

const lang = uiLang();
/** Pages looked at in all, besides the report: a polite bound on one request of the user. */
const MAX_LOOKS = 8;

type Found = { state: 'searching' } | { state: 'not-report' } | { state: 'failed'; error: string } | { state: 'done'; current: Entry; previous: Entry | null; looked: string[] };

async function entryOf(url: string): Promise<Entry | null> {
  const got = await auditLink(url, lang);
  const r = got.result.report;
  if (!got.figures || !r || r.year === null) return null;
  return { link: { url, text: r.title ?? url, organ: r.organ, year: r.year }, onPage: false, state: 'done', result: got.result, figures: got.figures };
}

async function findLastYear(url: string): Promise<Found> {
  const current = await entryOf(url);
  if (!current) return { state: 'not-report' };
  const looked: string[] = [];
  const tryReport = async (u: string): Promise<Entry | null> => {
    if (looked.length >= MAX_LOOKS || looked.includes(u) || !isGovCnUrl(u)) return null;
    looked.push(u);
    const e = await entryOf(u).catch(() => null);
    return e && whyNotComparable(current.figures!, e.figures!, false) === null ? e : null;
  };
  const page = await fetchHtml(url).catch(() => null);
  if (!page?.html) return { state: 'done', current, previous: null, looked };
  const { named, adjacent, columns } = previousCandidates(page.doc, page.url, current.link.organ, current.link.year);
  for (const u of [...named, ...adjacent]) {
    const e = await tryReport(u);
    if (e) return { state: 'done', current, previous: e, looked };
  }
  for (const col of columns) {
    if (looked.length >= MAX_LOOKS) break;
    looked.push(col);
    const listing = await fetchHtml(col).catch(() => null);
    if (!listing?.html) continue;
    const links = reportLinks(listing.doc, listing.url).filter((l) => l.year === current.link.year - 1 && (current.link.organ === null || l.organ === null || sameOrgan(l.organ, current.link.organ)));
    for (const l of links) {
      const e = await tryReport(l.url);
      if (e) return { state: 'done', current, previous: e, looked };
    }
  }
  return { state: 'done', current, previous: null, looked };
}

export function LastYear({ url }: { url: string }) {
  const [found, setFound] = useState<Found>({ state: 'searching' });
  useEffect(() => {
    if (!isGovCnUrl(url)) return void setFound({ state: 'failed', error: 'not a gov.cn address' });
    findLastYear(url).then(setFound, (err) => setFound({ state: 'failed', error: String((err as Error)?.message ?? err) }));
  }, [url]);
  const current = found.state === 'done' ? found.current : null;
  return (
    <main data-role="last-year" data-state={found.state} data-previous={found.state === 'done' ? (found.previous?.link.url ?? '') : ''}>
      <header>
        <h1>{uiText('listingLastYearTitle', lang)}</h1>
      </header>
      <p class="link">
        <a href={url} target="_blank" rel="noopener noreferrer">
          {current?.result?.report?.title ?? url}
        </a>
      </p>
      {found.state === 'searching' && <p>{uiText('listingLastYearSearching', lang)}</p>}
      {found.state === 'not-report' && <p>{uiText('listingLastYearNotReport', lang)}</p>}
      {found.state === 'failed' && <p class="error">{uiText('listingNextPageFailed', lang, { error: found.error })}</p>}
      {found.state === 'done' && !found.previous && (
        <p data-role="not-found">{uiText('listingLastYearNotFound', lang, { organ: found.current.link.organ ?? '', year: found.current.link.year - 1 })}</p>
      )}
      {found.state === 'done' && found.previous && <CrossYear entry={found.current} previous={found.previous} />}
      {found.state === 'done' && found.looked.length > 0 && (
        <details>
          <summary>{uiText('listingLastYearLooked', lang, { n: found.looked.length })}</summary>
          <ul>
            {found.looked.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </details>
      )}
    </main>
  );
}
