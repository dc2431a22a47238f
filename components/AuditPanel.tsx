// The audit panel shown over a report page, beside the PDF viewer and under an attachment: the
// verdict (announced to screen readers), then what was checked or the findings by severity with
// next/previous, then the copy actions. Esc collapses it; closing is left to the host.

import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AuditResult, Finding } from '../lib/audit/schema';
import type { AuditStatus } from '../lib/messages';
import { verdictOf } from '../lib/messages/verdict';
import { Checklist } from './Checklist';
import { CopyMenu } from './CopyMenu';
import { groupFindings } from './finding-view';
import { FindingList, type LocateProps } from './FindingList';
import { htmlLang, t, uiLang } from './i18n';
import { viewOf } from './verdict-view';

export interface AuditPanelProps extends LocateProps {
  status: AuditStatus;
  result?: AuditResult;
  error?: string;
  onClose?: () => void;
  onClearHighlight?: () => void;
  /** Collapsing hands over to the host (the viewer folds its docked panel into a strip). */
  onCollapse?: () => void;
  /** The collapsed state when the host keeps it (the overlay remembers it); the panel's own without. */
  collapsed?: boolean;
  onCollapsedChange?: (collapsed: boolean) => void;
  /** More header controls (the overlay's dock button). */
  headerControls?: ComponentChildren;
  /** Pressing on the header outside its buttons (the overlay drags the panel). */
  onHeaderPointerDown?: (e: PointerEvent) => void;
  /** Where the clipboard fallback may put its temporary textarea. */
  host?: ShadowRoot;
  /** Extra controls under the verdict (e.g. the viewer's link to the original PDF). */
  children?: ComponentChildren;
}

/** Scrolls `el` into view inside its scrolling `box` only (never the page behind the panel). */
function revealIn(box: HTMLElement, el: HTMLElement) {
  const b = box.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  if (r.top < b.top) box.scrollTop -= b.top - r.top + 8;
  else if (r.bottom > b.bottom) box.scrollTop += Math.min(r.bottom - b.bottom + 8, r.top - b.top - 8);
}

export function AuditPanel(props: AuditPanelProps) {
  const { status, result, error, onClose, onClearHighlight, onCollapse, host, children, headerControls, onHeaderPointerDown, ...locate } = props;
  const [ownCollapsed, setOwnCollapsed] = useState(false);
  const collapsed = props.collapsed ?? ownCollapsed;
  const toggle = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const view = viewOf(status, result);
  const verdict = result ? verdictOf(result) : null;
  const audited = result && status !== 'not-report';
  const groups = audited ? groupFindings(result.findings, uiLang()) : [];
  const order: Finding[] = groups.flatMap((g) => g.lines.map((l) => l.finding));
  const navigable = locate.onLocate && locate.canLocate ? order.filter(locate.canLocate) : [];
  const at = locate.located ? navigable.indexOf(locate.located) : -1;

  const setCollapsed = (next: boolean) => {
    if (next && onCollapse) return onCollapse();
    if (props.onCollapsedChange) props.onCollapsedChange(next);
    else setOwnCollapsed(next);
  };
  const step = (by: 1 | -1) => {
    if (navigable.length === 0) return;
    const next = at < 0 ? (by > 0 ? 0 : navigable.length - 1) : (at + by + navigable.length) % navigable.length;
    locate.onLocate!(navigable[next]!);
  };

  useEffect(() => {
    const el = body.current?.querySelector<HTMLElement>('.nb-finding[data-located="true"]');
    if (el && body.current) revealIn(body.current, el);
  }, [locate.located]);

  return (
    <section
      class="nb-root"
      lang={htmlLang()}
      data-status={status}
      data-verdict={view.verdict}
      data-collapsed={collapsed ? 'true' : undefined}
      aria-label={t('extName')}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || collapsed) return;
        e.stopPropagation();
        toggle.current?.focus();
        setCollapsed(true);
      }}
    >
      <header
        class="nb-header"
        onPointerDown={(e) => {
          if (onHeaderPointerDown && !(e.target as Element).closest('button')) onHeaderPointerDown(e);
        }}
      >
        <span class={`nb-symbol nb-${view.verdict}`} aria-hidden="true">
          {view.symbol}
        </span>
        <p class="nb-verdict" role="status" aria-live="polite" aria-atomic="true">
          {view.text}
        </p>
        {headerControls}
        <button
          type="button"
          class="nb-icon"
          ref={toggle}
          data-action="collapse"
          aria-expanded={!collapsed}
          aria-label={collapsed ? t('expand') : t('collapse')}
          title={collapsed ? t('expand') : t('collapse')}
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed ? '▸' : '▾'}
        </button>
        {onClose && (
          <button type="button" class="nb-icon" data-action="close" aria-label={t('close')} title={t('close')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {!collapsed && (
        <div class="nb-body" ref={body}>
          <p class="nb-brand">{t('extName')}</p>
          {result?.report?.title && <p class="nb-title">{result.report.title}</p>}
          {status === 'error' && error && <p class="nb-error">{error}</p>}
          {children}
          {audited && (
            <>
              {(navigable.length > 0 || (locate.located && onClearHighlight)) && (
                <div class="nb-nav" role="group" aria-label={t('findingNavigation')}>
                  <button type="button" class="nb-button" data-action="previous-finding" disabled={navigable.length === 0} onClick={() => step(-1)}>
                    {t('previousFinding')}
                  </button>
                  <button type="button" class="nb-button" data-action="next-finding" disabled={navigable.length === 0} onClick={() => step(1)}>
                    {t('nextFinding')}
                  </button>
                  {at >= 0 && <span class="nb-position">{t('findingPosition', { n: at + 1, total: navigable.length })}</span>}
                  {locate.located && onClearHighlight && (
                    <button type="button" class="nb-button nb-clear" data-action="clear-highlight" onClick={onClearHighlight}>
                      {t('clearHighlight')}
                    </button>
                  )}
                </div>
              )}
              {(verdict === 'clean' || verdict === 'warnings') && <Checklist result={result} />}
              <FindingList groups={groups} {...locate} />
              <CopyMenu result={result} host={host} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
