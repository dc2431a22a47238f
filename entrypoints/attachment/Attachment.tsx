// The verdict beside an attachment link or embedded PDF: one line (symbol, verdict, details,
// "open in the audit viewer"), the full panel on demand. It tells the content script around it
// its height and verdict with postMessage (the content script checks the sender is this frame).

import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AuditPanel } from '@/components/AuditPanel';
import { t, uiLang } from '@/components/i18n';
import { statusOf, viewOf } from '@/components/verdict-view';
import type { AuditResult } from '@/lib/audit/schema';
import type { AuditStatus } from '@/lib/messages';
import { auditFile, UnsupportedFormat } from './read';

function tell(status: AuditStatus | 'unsupported', verdict?: string) {
  window.parent.postMessage({ nianbaoAttachment: { height: document.documentElement.scrollHeight, status, verdict } }, '*');
}

export function Attachment({ file }: { file: string }) {
  const [status, setStatus] = useState<AuditStatus | 'unsupported'>('running');
  const [result, setResult] = useState<AuditResult | undefined>();
  const [kind, setKind] = useState<'pdf' | 'docx' | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    (async () => {
      try {
        const response = await fetch(file, { credentials: 'omit', referrerPolicy: 'no-referrer' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const audited = await auditFile(file, new Uint8Array(await response.arrayBuffer()), uiLang());
        setResult(audited.result);
        setKind(audited.kind);
        setStatus(statusOf(audited.result));
      } catch (err) {
        if (err instanceof UnsupportedFormat) return setStatus('unsupported');
        setError(t('auditFailed', { detail: String((err as Error)?.message ?? err) }));
        setStatus('error');
      }
    })();
  }, [file]);

  const view = viewOf(status === 'unsupported' ? 'error' : status, result);
  useLayoutEffect(() => tell(status, status === 'running' ? undefined : view.verdict));

  if (status === 'unsupported') return <p class="failed" data-status="unsupported">{t('attachmentLegacy')}</p>;
  return (
    <div data-status={status} data-verdict={view.verdict}>
      <div class="line">
        <span class={`nb-symbol nb-${view.verdict}`} aria-hidden="true">
          {view.symbol}
        </span>
        <span class="nb-verdict">{view.text}</span>
        {result && status !== 'not-report' && (
          <button type="button" class="nb-button" data-action="details" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('attachmentHideDetails') : t('attachmentDetails')}
          </button>
        )}
        {kind === 'pdf' && (
          <button
            type="button"
            class="nb-button"
            data-action="open-in-viewer"
            onClick={() => void browser.tabs.create({ url: `${browser.runtime.getURL('/viewer.html')}?file=${file}` })}
          >
            {t('attachmentOpenViewer')}
          </button>
        )}
      </div>
      {status === 'error' && <p class="failed">{error}</p>}
      {open && result && (
        <div class="details">
          <AuditPanel status={status as AuditStatus} result={result} />
        </div>
      )}
    </div>
  );
}
