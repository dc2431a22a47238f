// The background: routes the runtime messages (validated with zod), keeps each tab's audit state
// and badge, injects the full audit on demand, and keeps the PDF takeover rules in step with the
// options.

import { browser, type Browser } from 'wxt/browser';
import { t } from '@/components/i18n';
import { BackgroundMessageSchema, FOCUS_PANEL_COMMAND, OPTIONS_KEY, type AuditTabResponse, type BackgroundMessage } from '@/lib/messages';
import * as autoAudit from './features/auto-audit';
import * as hostSlots from './features/host-slots';
import { showBadge } from './features/badge';
import { copyForContentScript } from './features/clipboard';
import { findLinks, onDisclosure } from './features/find-links';
import { injectAudit } from './features/inject';
import * as pdfTakeover from './features/pdf-takeover';
import { focusPanel } from './features/shortcut';
import { readOptions } from './options';
import { isTopFrameOfTab, isTopLevelViewer } from './senders';
import { clearTabState, getTabState, setTabState } from './state';

type Sender = Browser.runtime.MessageSender;

/** The URL the viewer at `viewerUrl` shows (everything after "?file="), and an http(s) one. */
function isViewerFile(viewerUrl: string, url: string): boolean {
  const i = viewerUrl.indexOf('?file=');
  return i >= 0 && viewerUrl.slice(i + '?file='.length) === url && /^https?:\/\//i.test(url);
}

/** A state is about the sender's own page: the page itself, or the PDF our viewer shows. */
function statesOwnPage(senderUrl: string, stateUrl: string): boolean {
  return isViewerFile(senderUrl, stateUrl) || stateUrl.replace(/#.*$/, '') === senderUrl.replace(/#.*$/, '');
}

const isPdfUrl = (url: string) => /^https?:\/\/[^?#]*\.pdf([?#].*)?$/i.test(url);

async function auditTab(tabId: number): Promise<AuditTabResponse> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (tab.url && isPdfUrl(tab.url)) {
      await browser.tabs.update(tabId, { url: pdfTakeover.viewerUrl(tab.url) });
    } else {
      await injectAudit(tabId, 'manual');
    }
    return { ok: true };
  } catch (err) {
    return { ok: false, error: t('cannotAudit', { detail: String((err as Error)?.message ?? err) }) };
  }
}

async function handle(message: BackgroundMessage, sender: Sender): Promise<unknown> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'detected':
      if (isTopFrameOfTab(sender)) await autoAudit.onDetected(sender.tab.id, await readOptions());
      return null;
    case 'disclosure':
      if (isTopFrameOfTab(sender)) await onDisclosure(sender.tab.id, message.report, await readOptions());
      return null;
    case 'pdf-document':
      if (isTopFrameOfTab(sender)) await pdfTakeover.takeOverShownPdf(sender.tab.id, sender.url, pdfTakeover.enabled(await readOptions()));
      return null;
    case 'state':
      // Only the page the tab shows (or our viewer as that page) speaks for the tab, about itself.
      if (!isTopFrameOfTab(sender) || !statesOwnPage(sender.url!, message.state.url)) return null;
      await setTabState(sender.tab.id, message.state);
      await showBadge(sender.tab.id, message.state);
      return null;
    case 'get-state':
      return getTabState(message.tabId);
    case 'audit-tab':
      return auditTab(message.tabId);
    case 'find-links':
      return findLinks(message.tabId).catch((err) => ({ ok: false, error: t('cannotFindLinks', { detail: String((err as Error)?.message ?? err) }) }));
    case 'copy':
      return copyForContentScript(message.payload);
    case 'open-original': {
      // Only the viewer showing this very file may send its tab there, and only to that file.
      if (tabId === undefined || !isTopLevelViewer(sender) || pdfTakeover.viewerFile(sender.url) !== message.url) return null;
      await pdfTakeover.allowOriginal(tabId, message.url);
      // The badge keeps saying "not a report" once the browser's own viewer shows the file.
      if (message.notReport) await setTabState(tabId, { status: 'not-report', url: message.url, viewer: true });
      await browser.tabs.update(tabId, { url: message.url });
      return null;
    }
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    const parsed = BackgroundMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    return handle(parsed.data, sender).catch((err) => {
      console.error('[nianbao-audit]', err);
      return null;
    });
  });

  browser.runtime.onConnect.addListener(hostSlots.onConnect);

  // A new document (or a reload) in the tab: the old audit no longer applies.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' && change.status !== 'complete') return;
    void (async () => {
      const kept = await getTabState(tabId);
      // A PDF the viewer handed back to the browser: its verdict still applies. (Firefox resets a
      // tab's badge as the page loads, so it is shown again once loaded.)
      const url = tab.url ?? '';
      const handedBack = kept?.viewer && kept.status === 'not-report' && (url === kept.url || pdfTakeover.viewerFile(url) === kept.url);
      if (handedBack) return showBadge(tabId, kept);
      if (change.status !== 'loading') return;
      await clearTabState(tabId);
      await showBadge(tabId, null);
    })();
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === FOCUS_PANEL_COMMAND) void focusPanel(tab?.id).catch((err) => console.error('[nianbao-audit]', err));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabState(tabId);
    void pdfTakeover.forgetTab(tabId);
  });

  const syncFeatures = async () => {
    const options = await readOptions();
    await pdfTakeover.sync(pdfTakeover.enabled(options));
  };
  // Dynamic rules persist, but an update or an options change while asleep must reach them.
  void syncFeatures();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && OPTIONS_KEY in changes) void syncFeatures();
  });
});
