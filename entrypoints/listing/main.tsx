// The listing frame: sits hidden in a listing page (listing.content puts it there), audits the
// reports the page links to in the background and reports each verdict to the page's chips; when
// shown, the summary of every listed report with its export to .xlsx and CSV, the next page of the
// listing on request, and a cross-year section per report on request.

import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { uiLang } from '@/components/i18n';
import { summaryCsv, summaryXlsx, VERDICT_WORDS } from '@/lib/export/summary';
import { uiText } from '@/lib/i18n/ui';
import { nextPage, reportLinks } from '@/lib/listing/links';
import { isGovCnUrl } from '@/lib/messages/gov-url';
import { LISTING_KEY, ToFrameSchema, type FromFrame, type ListedLink } from '@/lib/messages/listing';
import { auditLink, pruneCache } from './audit';
import { CrossYear } from './CrossYear';
import { LastYear } from './LastYear';
import { fetchHtml } from './pages';
import { chipOf, previousOf, summaryRowOf, type Entry } from './state';

const lang = uiLang();
/** Listed reports audited at once in this frame (each waits besides for its host's slot). */
const AT_ONCE = 2;

/** A later page of the listing, fetched on request: its report links. */
async function listingPage(url: string): Promise<{ links: ListedLink[]; next: string | null }> {
  const { doc, url: at } = await fetchHtml(url);
  const found = reportLinks(doc, at).filter((l) => isGovCnUrl(l.url));
  const next = nextPage(doc, at);
  return { links: found.map(({ url, text, organ, year }) => ({ url, text, organ, year })), next: next && isGovCnUrl(next) ? next : null };
}

const tell = (message: FromFrame) => window.parent.postMessage({ [LISTING_KEY]: message }, '*');

function download(name: string, data: BlobPart, type: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function Summary() {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [nextError, setNextError] = useState<string | null>(null);
  const [cross, setCross] = useState<string | null>(null);
  const started = useRef(false);
  const list = useRef<Entry[]>([]);
  const update = (url: string, change: Partial<Entry>) => {
    list.current = list.current.map((e) => (e.link.url === url ? { ...e, ...change } : e));
    setEntries(list.current);
    const e = list.current.find((x) => x.link.url === url);
    if (e?.onPage) tell({ type: 'chip', url, ...chipOf(e) });
  };

  const run = () => {
    started.current = true;
    const waiting = list.current.filter((e) => e.state === 'idle');
    for (const e of waiting) update(e.link.url, { state: 'queued' });
    let i = 0;
    const worker = async () => {
      while (i < waiting.length) {
        const e = waiting[i++]!;
        update(e.link.url, { state: 'running' });
        try {
          const got = await auditLink(e.link.url, lang);
          update(e.link.url, { state: 'done', result: got.result, figures: got.figures });
        } catch (err) {
          update(e.link.url, { state: 'failed', error: String((err as Error)?.message ?? err) });
        }
      }
    };
    for (let k = 0; k < AT_ONCE; k++) void worker();
  };

  const add = (links: ListedLink[], onPage: boolean) => {
    const known = new Set(list.current.map((e) => e.link.url));
    list.current = [...list.current, ...links.filter((l) => !known.has(l.url)).map((link): Entry => ({ link, onPage, state: 'idle' }))];
    setEntries(list.current);
  };

  useEffect(() => {
    void pruneCache();
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const parsed = ToFrameSchema.safeParse((event.data as Record<string, unknown> | null)?.[LISTING_KEY]);
      if (!parsed.success) return;
      const m = parsed.data;
      if (m.type === 'links') {
        add(m.links, true);
        setNext(m.next);
        if (m.start || started.current) run();
      } else if (m.type === 'start') run();
    };
    window.addEventListener('message', onMessage);
    tell({ type: 'ready' });
    return () => window.removeEventListener('message', onMessage);
  }, []);

  useLayoutEffect(() => tell({ type: 'height', height: document.documentElement.scrollHeight }));

  const loadNext = async () => {
    if (!next) return;
    try {
      const page = await listingPage(next);
      setNext(page.next);
      setNextError(null);
      add(page.links, false);
      if (started.current) run();
    } catch (err) {
      setNextError(uiText('listingNextPageFailed', lang, { error: String((err as Error)?.message ?? err) }));
    }
  };

  const rows = entries.map(summaryRowOf);
  const done = entries.filter((e) => e.state === 'done' || e.state === 'failed');
  const count = (v: string) => rows.filter((r, i) => (entries[i]!.state === 'done' || entries[i]!.state === 'failed') && r.verdict === v).length;
  const stamp = new Date().toISOString().slice(0, 10);
  const crossEntry = entries.find((e) => e.link.url === cross);
  const crossPrev = crossEntry ? previousOf(crossEntry, entries) : null;
  return (
    <main data-role="summary" data-done={done.length} data-total={entries.length}>
      <header>
        <h1>{uiText('listingSummaryTitle', lang)}</h1>
        <button type="button" data-action="xlsx" disabled={done.length === 0} onClick={async () => download(`nianbao-${stamp}.xlsx`, (await summaryXlsx(rows, lang)) as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')}>
          {uiText('listingExportXlsx', lang)}
        </button>
        <button type="button" data-action="csv" disabled={done.length === 0} onClick={() => download(`nianbao-${stamp}.csv`, summaryCsv(rows, lang), 'text/csv;charset=utf-8')}>
          {uiText('listingExportCsv', lang)}
        </button>
        {next && (
          <button type="button" data-action="next-page" onClick={() => void loadNext()}>
            {uiText('listingNextPage', lang)}
          </button>
        )}
        <button type="button" data-action="close" onClick={() => tell({ type: 'close' })}>
          {uiText('listingClose', lang)}
        </button>
      </header>
      {nextError && <p class="error">{nextError}</p>}
      <p class="totals" data-role="totals">
        {uiText('listingTotals', lang, { n: entries.length, errors: count('errors'), warnings: count('warnings'), clean: count('clean'), other: entries.length - count('errors') - count('warnings') - count('clean') })}
      </p>
      <table>
        <thead>
          <tr>
            {(['listingColOrgan', 'listingColYear', 'listingColVerdict', 'listingColErrors', 'listingColWarnings', 'listingColLink', 'listingColCrossYear'] as const).map((k) => (
              <th key={k}>{uiText(k, lang)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => {
            const r = rows[i]!;
            const settled = e.state === 'done' || e.state === 'failed';
            const prev = previousOf(e, entries);
            return (
              <tr key={e.link.url} data-url={e.link.url} data-verdict={settled ? r.verdict : e.state} data-errors={r.errors ?? ''} data-warnings={r.warnings ?? ''}>
                <td>{r.organ ?? ''}</td>
                <td class="n">{r.year ?? ''}</td>
                <td class={`v-${r.verdict}`}>{settled ? VERDICT_WORDS[lang][r.verdict] : uiText(e.state === 'running' ? 'listingChipRunning' : 'listingChipQueued', lang)}</td>
                <td class="n">{r.errors ?? ''}</td>
                <td class="n">{r.warnings ?? ''}</td>
                <td class="link">
                  <a href={e.link.url} target="_blank" rel="noopener noreferrer">
                    {e.link.text}
                  </a>
                </td>
                <td>
                  {prev && (
                    <button type="button" data-action="cross-year" onClick={() => setCross(cross === e.link.url ? null : e.link.url)}>
                      {uiText('listingCrossYearButton', lang, { year: prev.link.year })}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {crossEntry && crossPrev && <CrossYear entry={crossEntry} previous={crossPrev} />}
    </main>
  );
}

document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
// Opened from the popup on a report page (?report=URL): last year's report found and compared.
const report = new URLSearchParams(location.search).get('report');
render(report !== null ? <LastYear url={report} /> : <Summary />, document.getElementById('app')!);
