// Beside each report attachment link and embedded PDF of a gov.cn article page: a small audit
// button. One click opens the extension's attachment frame there, which fetches and audits the
// file and shows the verdict; legacy .doc/.wps files get an explanation instead. Injected by the
// background when the detector found such files (entrypoints/detect/attachments.ts).

import { browser } from 'wxt/browser';
import { findCandidates, type Candidate } from '../detect/attachments';
import { t } from '@/components/i18n';
import css from './style.css?inline';

const HOST = 'nianbao-attachment';
/** Set on each host for the page's own reading (and the tests): the verdict of the frame. */
const STATUS_ATTR = 'data-nianbao-status';

interface FrameReport {
  nianbaoAttachment: { height?: number; status?: string; verdict?: string };
}

function frameUrl(file: string): string {
  return `${browser.runtime.getURL('/attachment.html')}?file=${file}`;
}

function mount(c: Candidate): void {
  const host = document.createElement(HOST);
  host.setAttribute('data-nianbao-file', c.url);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'audit';
  button.textContent = t('attachmentAudit');
  button.title = t('attachmentAuditTitle');
  shadow.append(style, button);
  button.addEventListener('click', () => {
    button.disabled = true;
    if (c.kind === 'legacy') {
      const note = document.createElement('p');
      note.className = 'note';
      note.textContent = t('attachmentLegacy');
      shadow.append(note);
      host.setAttribute(STATUS_ATTR, 'unsupported');
      return;
    }
    const frame = document.createElement('iframe');
    frame.src = frameUrl(c.url);
    frame.title = t('extName');
    frame.className = 'verdict';
    shadow.append(frame);
    host.setAttribute(STATUS_ATTR, 'running');
    // Only this frame's own messages count: a page script cannot pose as its window.
    window.addEventListener('message', (event: MessageEvent<FrameReport>) => {
      if (event.source !== frame.contentWindow || typeof event.data?.nianbaoAttachment !== 'object') return;
      const { height, status, verdict } = event.data.nianbaoAttachment;
      if (typeof height === 'number' && height > 0 && height < 4000) frame.style.height = `${Math.ceil(height)}px`;
      if (typeof status === 'string') host.setAttribute(STATUS_ATTR, status);
      if (typeof verdict === 'string') host.setAttribute('data-nianbao-verdict', verdict);
    });
  });
  if (c.embedded) c.element.before(host);
  else c.element.after(host);
}

export default defineContentScript({
  registration: 'runtime',
  matches: ['*://*.gov.cn/*'],
  main() {
    for (const c of findCandidates(document)) {
      const next = c.embedded ? c.element.previousElementSibling : c.element.nextElementSibling;
      if (next?.localName === HOST) continue; // injected twice
      mount(c);
    }
  },
});
