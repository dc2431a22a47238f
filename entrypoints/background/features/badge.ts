// The toolbar badge per tab: its text (count, !, ✓, ?) and colour both carry the verdict, and
// the tooltip says it in words.

import { browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import type { TabState } from '@/lib/messages';
import { badgeFor, countFindings, verdictOf } from '@/lib/messages/verdict';

// A PDF the viewer found not to be a report says so; a web page that is not one stays unmarked.
const NOT_REPORT_PDF = { text: '–', color: '#8c959f' };

// Firefox's MV2 build has browserAction instead of action.
const action = browser.action ?? browser.browserAction;

function tooltip(state: TabState): string {
  const name = t('extName');
  if (state.status === 'running') return `${name}: ${t('statusRunning')}`;
  if (state.status === 'not-report') return state.viewer ? `${name}: ${t('badgeNotReport')}` : name;
  if (state.status === 'error' || !state.result) return `${name}: ${t('statusError')}`;
  const counts = countFindings(state.result);
  switch (verdictOf(state.result)) {
    case 'errors':
      return `${name}: ${t('badgeErrors', { errors: counts.error, warnings: counts.warning })}`;
    case 'warnings':
      return `${name}: ${t('badgeWarnings', { warnings: counts.warning })}`;
    case 'clean':
      return `${name}: ${t('badgeClean')}`;
    case 'review':
      return `${name}: ${t('badgeReview')}`;
    case 'not-report':
      return name;
  }
}

export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const result = state?.result;
  const badge =
    state?.status === 'running'
      ? { text: '…', color: '#57606a' }
      : state?.status === 'not-report' && state.viewer
        ? NOT_REPORT_PDF
        : result
          ? badgeFor(verdictOf(result), countFindings(result))
          : null;
  await action.setBadgeText({ tabId, text: badge?.text ?? '' });
  if (badge) {
    await action.setBadgeBackgroundColor({ tabId, color: badge.color });
    await action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
  }
  await action.setTitle({ tabId, title: state ? tooltip(state) : t('extName') });
}
