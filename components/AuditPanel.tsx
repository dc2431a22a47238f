// The audit panel shown over a report page and beside the PDF viewer: the verdict, then the
// findings by severity, then the copy actions. Collapsible; closing is left to the host.

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { AuditResult } from '../lib/audit/schema';
import type { AuditStatus } from '../lib/messages';
import { CopyMenu } from './CopyMenu';
import { FindingList, type LocateProps } from './FindingList';
import { t } from './i18n';
import { viewOf } from './verdict-view';

export interface AuditPanelProps extends LocateProps {
  status: AuditStatus;
  result?: AuditResult;
  error?: string;
  onClose?: () => void;
  onClearHighlight?: () => void;
  /** Collapsing hands over to the host (the viewer folds its docked panel into a strip). */
  onCollapse?: () => void;
  /** Where the clipboard fallback may put its temporary textarea. */
  host?: ShadowRoot;
  /** Extra controls under the verdict (e.g. the viewer's link to the original PDF). */
  children?: ComponentChildren;
}

export function AuditPanel(props: AuditPanelProps) {
  const { status, result, error, onClose, onClearHighlight, onCollapse, host, children, ...locate } = props;
  const [collapsed, setCollapsed] = useState(false);
  const view = viewOf(status, result);
  const reportTitle = result?.report?.title ?? null;
  return (
    <section class="nb-root" data-status={status} data-verdict={view.verdict} aria-label={t('extName')}>
      <header class="nb-header">
        <span class={`nb-symbol nb-${view.verdict}`} aria-hidden="true">
          {view.symbol}
        </span>
        <p class="nb-verdict">{view.text}</p>
        <button
          type="button"
          class="nb-icon"
          data-action="collapse"
          aria-expanded={!collapsed}
          title={collapsed ? t('expand') : t('collapse')}
          onClick={() => (onCollapse ? onCollapse() : setCollapsed(!collapsed))}
        >
          {collapsed ? '▸' : '▾'}
        </button>
        {onClose && (
          <button type="button" class="nb-icon" data-action="close" title={t('close')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {!collapsed && (
        <div class="nb-body">
          <p class="nb-brand">{t('extName')}</p>
          {reportTitle && <p class="nb-title">{reportTitle}</p>}
          {status === 'error' && error && <p class="nb-error">{error}</p>}
          {children}
          {result && status !== 'not-report' && (
            <>
              {locate.located && onClearHighlight && (
                <button type="button" class="nb-clear" data-action="clear-highlight" onClick={onClearHighlight}>
                  {t('clearHighlight')}
                </button>
              )}
              <FindingList findings={result.findings} {...locate} />
              <CopyMenu result={result} host={host} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
