// On a listing of annual reports (a 年报 column page; the detector found one): a small verdict chip
// beside each report link, and a bar in a corner with the count, "audit all" (when audits do not
// start by themselves) and "summary". The audits run in the extension's listing frame, hidden in
// the bar until the summary is asked for: the page itself only ever gets text in shadow roots.

import { browser } from 'wxt/browser';
import { uiLang } from '@/components/i18n';
import { uiText } from '@/lib/i18n/ui';
import { FromFrameSchema, LISTING_KEY, type ChipState, type ListedLink, type ToFrame } from '@/lib/messages/listing';
import { OPTIONS_KEY, parseOptions } from '@/lib/messages';
import { listingLinks, listingNextPage } from '../detect/listing';
import css from './style.css?inline';

const CHIP = 'nianbao-chip';
const BAR = 'nianbao-listing';
const lang = uiLang();

function shadowOf(host: HTMLElement): ShadowRoot {
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return shadow;
}

function chipText(state: ChipState, errors = 0, warnings = 0): string {
  switch (state) {
    case 'queued':
      return uiText('listingChipQueued', lang);
    case 'running':
      return uiText('listingChipRunning', lang);
    case 'errors':
      return uiText('listingChipErrors', lang, { n: errors });
    case 'warnings':
      return uiText('listingChipWarnings', lang, { n: warnings });
    case 'clean':
      return uiText('listingChipClean', lang);
    case 'review':
      return uiText('listingChipReview', lang);
    case 'not-report':
      return uiText('listingChipNotReport', lang);
    case 'unreadable':
      return uiText('listingChipUnreadable', lang);
  }
}

interface Chip {
  host: HTMLElement;
  label: HTMLElement;
}

function mountChip(after: Element, url: string): Chip {
  const host = document.createElement(CHIP);
  host.setAttribute('data-nianbao-url', url);
  const label = document.createElement('span');
  label.className = 'chip';
  shadowOf(host).append(label);
  after.after(host);
  return { host, label };
}

function showChip(chip: Chip, state: ChipState, errors?: number, warnings?: number) {
  chip.host.setAttribute('data-nianbao-verdict', state);
  if (errors !== undefined) chip.host.setAttribute('data-nianbao-errors', String(errors));
  if (warnings !== undefined) chip.host.setAttribute('data-nianbao-warnings', String(warnings));
  chip.label.dataset.state = state;
  chip.label.textContent = chipText(state, errors, warnings);
  chip.label.title = uiText('listingChipTitle', lang, { verdict: chip.label.textContent });
}

async function main() {
  if (document.querySelector(BAR)) return; // injected twice
  const found = listingLinks(document);
  if (found.length === 0) return;
  const autoRun = parseOptions((await browser.storage.local.get(OPTIONS_KEY))[OPTIONS_KEY]).listingAutoRun;
  const links: ListedLink[] = found.map(({ url, text, organ, year }) => ({ url, text: text.slice(0, 300), organ: organ?.slice(0, 100) ?? null, year }));
  const chips = new Map<string, Chip>(found.map((l) => [l.url, mountChip(l.element, l.url)]));
  let settled = 0;

  const host = document.createElement(BAR);
  const shadow = shadowOf(host);
  const bar = document.createElement('div');
  bar.className = 'bar';
  const line = document.createElement('div');
  line.className = 'line';
  const count = document.createElement('span');
  count.setAttribute('data-role', 'count');
  const showCount = () => (count.textContent = uiText('listingBarCount', lang, { n: links.length, done: settled }));
  showCount();
  const start = document.createElement('button');
  start.type = 'button';
  start.dataset.action = 'start';
  start.textContent = uiText('listingBarStart', lang);
  const summary = document.createElement('button');
  summary.type = 'button';
  summary.dataset.action = 'summary';
  summary.textContent = uiText('listingBarSummary', lang);
  line.append(count, ...(autoRun ? [] : [start]), summary);
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.src = browser.runtime.getURL('/listing.html');
  frame.title = uiText('listingSummaryTitle', lang);
  bar.append(frame, line);
  shadow.append(bar);
  document.body.append(host);

  const post = (message: ToFrame) => frame.contentWindow?.postMessage({ [LISTING_KEY]: message }, '*');
  start.addEventListener('click', () => {
    start.remove();
    post({ type: 'start' });
  });
  summary.addEventListener('click', () => {
    frame.hidden = !frame.hidden;
    summary.textContent = uiText(frame.hidden ? 'listingBarSummary' : 'listingBarHide', lang);
  });
  // Only the frame's own messages count: a page script cannot pose as its window.
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== frame.contentWindow) return;
    const parsed = FromFrameSchema.safeParse((event.data as Record<string, unknown> | null)?.[LISTING_KEY]);
    if (!parsed.success) return;
    const m = parsed.data;
    if (m.type === 'ready') post({ type: 'links', page: location.href, links, next: listingNextPage(document), start: autoRun });
    else if (m.type === 'chip') {
      const chip = chips.get(m.url);
      if (!chip) return;
      const was = chip.host.getAttribute('data-nianbao-verdict');
      showChip(chip, m.state, m.errors, m.warnings);
      const final = !['queued', 'running'].includes(m.state);
      if (final && (was === null || ['queued', 'running'].includes(was))) settled++;
      host.setAttribute('data-nianbao-done', String(settled));
      showCount();
    } else if (m.type === 'height') frame.style.height = `${Math.ceil(m.height) + 2}px`;
    else if (m.type === 'close') {
      frame.hidden = true;
      summary.textContent = uiText('listingBarSummary', lang);
    }
  });
  host.setAttribute('data-nianbao-total', String(links.length));
  host.setAttribute('data-nianbao-done', '0');
}

export default defineContentScript({
  registration: 'runtime',
  matches: ['*://*.gov.cn/*'],
  main() {
    void main();
  },
});
