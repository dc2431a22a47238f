// PDF reports on gov.cn hosts open in the extension's viewer: a declarativeNetRequest redirect
// for .pdf URLs and, where the browser supports response-header conditions, for downloads served
// as application/pdf. "Open the original" adds a session allow rule for that URL in that tab.

import { browser } from 'wxt/browser';
import type { Options } from '@/lib/messages';
import { fileParam, GOV_PDF_URL_REGEX, isGovCnUrl } from '@/lib/messages/gov-url';

type Rule = Parameters<typeof browser.declarativeNetRequest.updateDynamicRules>[0] extends infer O
  ? O extends { addRules?: (infer R)[] }
    ? R
    : never
  : never;

const PDF_URL_RULE = 1;
const PDF_TYPE_RULE = 2;
const ALLOW_RULE_BASE = 100_000;

/** The feature's switch (options page). */
export const enabled = (options: Options) => options.pdfTakeover;

export const viewerUrl = (file: string) => `${browser.runtime.getURL('/viewer.html')}?file=${file}`;

function redirect(): Rule['action'] {
  return { type: 'redirect', redirect: { regexSubstitution: viewerUrl('\\0') } };
}

function takeoverRules(withResponseHeaders: boolean): Rule[] {
  const rules: Rule[] = [
    {
      id: PDF_URL_RULE,
      priority: 1,
      action: redirect(),
      condition: { regexFilter: GOV_PDF_URL_REGEX, isUrlFilterCaseSensitive: false, resourceTypes: ['main_frame'] },
    },
  ];
  if (withResponseHeaders) {
    rules.push({
      id: PDF_TYPE_RULE,
      priority: 1,
      action: redirect(),
      condition: {
        regexFilter: '^https?://.*$',
        requestDomains: ['gov.cn'],
        resourceTypes: ['main_frame'],
        responseHeaders: [{ header: 'content-type', values: ['application/pdf*'] }],
      } as Rule['condition'],
    });
  }
  return rules;
}

export async function sync(enabled: boolean): Promise<void> {
  const dnr = browser.declarativeNetRequest;
  const removeRuleIds = [PDF_URL_RULE, PDF_TYPE_RULE];
  if (!enabled) return dnr.updateDynamicRules({ removeRuleIds });
  try {
    await dnr.updateDynamicRules({ removeRuleIds, addRules: takeoverRules(true) });
  } catch {
    // Browsers without responseHeaders conditions (Firefox): .pdf URLs only.
    await dnr.updateDynamicRules({ removeRuleIds, addRules: takeoverRules(false) });
  }
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The file under either scheme: a browser may upgrade http to https, or fall back. */
const allowFilter = (url: string) => `^https?://${escapeRegex(url.replace(/^https?:\/\//, ''))}$`;

/** Let this tab load the original PDF (no redirect) until it is closed. */
export async function allowOriginal(tabId: number, url: string): Promise<void> {
  const id = ALLOW_RULE_BASE + tabId;
  await browser.declarativeNetRequest.updateSessionRules({
    removeRuleIds: [id],
    addRules: [
      {
        id,
        priority: 2,
        action: { type: 'allow' },
        condition: { regexFilter: allowFilter(url), tabIds: [tabId], resourceTypes: ['main_frame'] },
      },
    ],
  });
}

/** Whether "open the original" allowed this tab to show this file itself. */
async function allowed(tabId: number, url: string): Promise<boolean> {
  const rules = await browser.declarativeNetRequest.getSessionRules();
  const rule = rules.find((r) => r.id === ALLOW_RULE_BASE + tabId);
  return rule?.condition.regexFilter === allowFilter(url);
}

/**
 * The browser shows a gov.cn PDF itself although the takeover is on: the navigation came before
 * the redirect rules existed (the first moments after install). Take the tab over now.
 */
export async function takeOverShownPdf(tabId: number, url: string | undefined, on: boolean): Promise<void> {
  if (!on || !url || !isGovCnUrl(url) || (await allowed(tabId, url))) return;
  await browser.tabs.update(tabId, { url: viewerUrl(url) });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: [ALLOW_RULE_BASE + tabId] });
}

/** The file a viewer page of this extension shows, or null when `url` is no viewer page. */
export function viewerFile(url: string | undefined): string | null {
  const base = browser.runtime.getURL('/viewer.html');
  return url && url.startsWith(`${base}?file=`) ? fileParam(url) : null;
}
