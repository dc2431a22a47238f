// The popup's way to the cross-year check of a report page: the listing page in a tab of its own,
// told the report's address (it finds last year's report from there, on this request only).

import { browser } from 'wxt/browser';
import { uiLang } from '@/components/i18n';
import { uiText } from '@/lib/i18n/ui';
import type { TabState } from '@/lib/messages';
import { isGovCnUrl } from '@/lib/messages/gov-url';

export function LastYearButton({ state }: { state: TabState }) {
  if (!['done', 'needs-review'].includes(state.status) || !state.result?.report || !isGovCnUrl(state.url)) return null;
  const open = () => void browser.tabs.create({ url: `${browser.runtime.getURL('/listing.html')}?report=${encodeURIComponent(state.url)}` });
  return (
    <button type="button" class="nb-button" data-action="last-year" onClick={open}>
      {uiText('listingCompareLastYear', uiLang())}
    </button>
  );
}
