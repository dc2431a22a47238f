// The popup: the current tab's verdict and findings summary, the one-click audit, the copy
// actions, the overlay toggle, and "find report links" (the listing chips and attachment buttons
// on a page the detector did not look at link by link).

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CopyMenu } from '@/components/CopyMenu';
import { findingText } from '@/components/finding-view';
import { t, uiLang } from '@/components/i18n';
import { viewOf } from '@/components/verdict-view';
import type { TabState } from '@/lib/messages';
import { countFindings } from '@/lib/messages/verdict';
import { LastYearButton } from './last-year';
import { fetchState, requestAudit, requestFindLinks, toggleOverlay } from './tab';

const POLL_MS = 400;
const SUMMARY_LIMIT = 5;

function Summary({ state }: { state: TabState }) {
  const view = viewOf(state.status, state.result);
  const result = state.result;
  const counts = result ? countFindings(result) : null;
  return (
    <section class="nb-root nb-popup-summary" data-status={state.status} data-verdict={view.verdict}>
      <header class="nb-header">
        <span class={`nb-symbol nb-${view.verdict}`} aria-hidden="true">
          {view.symbol}
        </span>
        <p class="nb-verdict">{view.text}</p>
      </header>
      <div class="nb-body">
        {result?.report?.title && <p class="nb-title">{result.report.title}</p>}
        {state.error && <p class="nb-error">{state.error}</p>}
        {counts && state.status !== 'not-report' && (
          <p class="nb-counts">{t('countsLine', { errors: counts.error, warnings: counts.warning, notes: counts.info })}</p>
        )}
        {result && state.status !== 'not-report' && (
          <ul class="nb-summary-list">
            {result.findings.slice(0, SUMMARY_LIMIT).map((f, i) => (
              <li key={i} class="nb-finding" data-rule={f.rule} data-severity={f.severity}>
                {findingText(f, uiLang())}
              </li>
            ))}
            {result.findings.length > SUMMARY_LIMIT && <li class="nb-more">{t('moreFindings', { count: result.findings.length - SUMMARY_LIMIT })}</li>}
          </ul>
        )}
      </div>
    </section>
  );
}

export function Popup({ tabId }: { tabId: number | null }) {
  const [state, setState] = useState<TabState | null>(null);
  const [waiting, setWaiting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);
  const [linksNote, setLinksNote] = useState<string | null>(null);

  useEffect(() => {
    if (tabId === null) return;
    let stop = false;
    const poll = async () => {
      const next = await fetchState(tabId).catch(() => null);
      if (stop) return;
      setState(next);
      if (next && next.status !== 'running') setWaiting(false);
      setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stop = true;
    };
  }, [tabId]);

  const audit = async () => {
    if (tabId === null) return;
    setProblem(null);
    setWaiting(true);
    const answer = await requestAudit(tabId);
    if (!answer.ok) {
      setWaiting(false);
      setProblem(answer.error ?? t('statusError'));
    }
  };
  const findLinks = async () => {
    if (tabId === null) return;
    setProblem(null);
    setLinksNote(null);
    setSearching(true);
    const answer = await requestFindLinks(tabId).catch((err) => ({ ok: false, error: String((err as Error)?.message ?? err), found: undefined }));
    setSearching(false);
    if (!answer.ok || !answer.found) setProblem(answer.error ?? t('statusError'));
    else if (answer.found.links + answer.found.files === 0) setLinksNote(t('noLinksFound'));
    else setLinksNote(t('linksFound', { links: answer.found.links, files: answer.found.files }));
  };
  const result = state?.result;
  const canCopy = result && state?.status !== 'not-report';

  return (
    <main>
      <h1>{t('extName')}</h1>
      {state ? <Summary state={state} /> : <p class="nb-idle">{t('popupIdle')}</p>}
      {problem && <p class="nb-error">{problem}</p>}
      {linksNote && (
        <p class="nb-links-found" role="status">
          {linksNote}
        </p>
      )}
      <div class="nb-actions">
        <button type="button" class="nb-button nb-primary" data-action="audit" disabled={tabId === null || waiting} onClick={audit}>
          {waiting ? t('statusRunning') : state ? t('auditAgain') : t('auditThisPage')}
        </button>
        {state && !state.viewer && (
          <button type="button" class="nb-button" data-action="toggle-overlay" onClick={() => tabId !== null && toggleOverlay(tabId).catch(() => {})}>
            {t('toggleOverlay')}
          </button>
        )}
        <button type="button" class="nb-button" data-action="find-links" disabled={tabId === null || searching} onClick={findLinks}>
          {t('findLinks')}
        </button>
        {state && <LastYearButton state={state} />}
        <button type="button" class="nb-button" data-action="options" onClick={() => browser.runtime.openOptionsPage()}>
          {t('optionsLink')}
        </button>
      </div>
      {canCopy && <CopyMenu result={result} />}
    </main>
  );
}
