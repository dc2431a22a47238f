// The full audit on the page, injected by the background (entrypoints/background) only when the
// detector found a report or the user asked from the popup. Shows the audit panel in a closed
// shadow root on a plain <div> host (no custom element a page could define first and so run its
// own code on our host). A second injection replaces this instance through a function kept in
// the content scripts' isolated world, which page scripts cannot reach — not through WXT's
// context events, which a page can forge.

import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Finding } from '@/lib/audit/schema';
import { OverlayMessageSchema, type BackgroundMessage, type TabState } from '@/lib/messages';
import { AuditPanel } from '@/components/AuditPanel';
import { t, uiLang } from '@/components/i18n';
import { statusOf } from '@/components/verdict-view';
import panelCss from '@/components/panel.css?inline';
import overlayCss from './style.css?inline';
import { clearHighlight, findingMarks, highlight } from './highlight';
import { NARROW_WIDTH, PanelLayout, readPrefs } from './layout';
import { auditPage, type PageAudit } from './run-audit';

type Ctx = Parameters<typeof createShadowRootUi>[0];

declare global {
  // Set by the background just before injecting: 'auto' hides the panel on a non-report, 'focus'
  // (the keyboard shortcut) puts the keyboard focus in it.
  var nianbaoTrigger: 'auto' | 'manual' | 'focus' | undefined;
  // Stops the overlay injected before this one (isolated world only).
  var nianbaoOverlayStop: (() => void) | undefined;
}

/** Marks our host element (a stable hook for tests and for removing an older panel). */
export const HOST_ATTR = 'data-nianbao-audit';
/**
 * Tests only: a build made with WXT_NIANBAO_TEST_HOOKS=open keeps the shadow root open, so that
 * end-to-end tests can reach the panel (tests/e2e/global-setup.ts). Shipped builds close it.
 */
const SHADOW_MODE = (import.meta.env as Record<string, string | undefined>).WXT_NIANBAO_TEST_HOOKS === 'open' ? 'open' : 'closed';

/** The lifetime of this injection: ended by the next injection, never by page events. */
function ownLifetime(): { ctx: Ctx; signal: AbortSignal } {
  globalThis.nianbaoOverlayStop?.();
  const life = new AbortController();
  globalThis.nianbaoOverlayStop = () => life.abort();
  const ctx = {
    options: { cssInjectionMode: 'manual' },
    onInvalidated(cb: () => void) {
      life.signal.addEventListener('abort', cb);
      return () => life.signal.removeEventListener('abort', cb);
    },
  } as unknown as Ctx;
  return { ctx, signal: life.signal };
}

export default defineContentScript({
  registration: 'runtime',
  matches: ['*://*.gov.cn/*'],
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  async main() {
    const trigger = globalThis.nianbaoTrigger ?? 'manual';
    globalThis.nianbaoTrigger = undefined;
    const { ctx, signal } = ownLifetime();
    document.querySelectorAll(`[${HOST_ATTR}]`).forEach((el) => el.remove());

    let state: TabState = { status: 'running', url: location.href };
    let page: PageAudit | null = null;
    let located: Finding | null = null;
    const prefs = await readPrefs();
    // Folded at the reader's wish (remembered), or because the window is narrow (not remembered).
    let folded = prefs.collapsed === true || innerWidth < NARROW_WIDTH;
    let layout: PanelLayout | null = null;

    const ui = await createShadowRootUi(ctx, {
      name: 'div',
      mode: SHADOW_MODE,
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: `${panelCss}\n${overlayCss}`,
      isolateEvents: true,
      onMount: (container) => {
        const root = document.createElement('div');
        root.className = 'nb-overlay';
        container.append(root);
        layout = new PanelLayout(root, prefs, () => draw());
        return root;
      },
      onRemove: (root) => {
        if (root) render(null, root);
        layout?.dispose();
        layout = null;
        clearHighlight();
        located = null;
      },
    });

    const locateFinding = (f: Finding) => {
      if (!page) return;
      const targets = findingMarks(page, f);
      highlight(targets);
      located = f;
      draw();
      layout?.keepClearOf(targets.map((t) => t.el));
    };

    const draw = () => {
      if (!ui.mounted) return;
      const collapsed = folded || (layout?.autoFolded ?? false);
      ui.mounted.toggleAttribute('data-collapsed', collapsed);
      const side = layout?.side() ?? 'right';
      render(
        <AuditPanel
          status={state.status}
          result={state.result}
          error={state.error}
          host={ui.shadow}
          located={located}
          collapsed={collapsed}
          onCollapsedChange={(next) => {
            folded = next;
            layout?.save({ ...layout.prefs, collapsed: next });
            if (!next) layout?.unfold();
            draw();
          }}
          headerControls={
            <button
              type="button"
              class="nb-icon"
              data-action="dock"
              aria-label={t(side === 'right' ? 'dockLeft' : 'dockRight')}
              title={t(side === 'right' ? 'dockLeft' : 'dockRight')}
              onClick={() => {
                layout?.toggleDock();
                draw();
              }}
            >
              {side === 'right' ? '⇤' : '⇥'}
            </button>
          }
          onHeaderPointerDown={(e) => layout?.startDrag(e)}
          canLocate={(f) => page !== null && findingMarks(page, f).length > 0}
          onLocate={locateFinding}
          onClearHighlight={() => {
            clearHighlight();
            located = null;
            layout?.keepClearOf([]);
            draw();
          }}
          onClose={() => ui.remove()}
        />,
        ui.mounted,
      );
      layout?.place();
    };
    const show = () => {
      if (!ui.mounted) ui.mount();
      draw();
    };
    /** The `commands` shortcut: unfolded, and the keyboard focus in the panel. */
    const focus = () => {
      folded = false;
      layout?.unfold();
      show();
      ui.shadow.querySelector<HTMLElement>('.nb-root')?.focus();
    };
    const publish = (next: TabState) => {
      state = next;
      draw();
      const message: BackgroundMessage = { type: 'state', state };
      browser.runtime.sendMessage(message).catch(() => {});
    };

    const onMessage = (raw: unknown) => {
      const parsed = OverlayMessageSchema.safeParse(raw);
      if (!parsed.success) return;
      const m = parsed.data;
      if (m.type !== 'overlay') return;
      if (m.action === 'focus') {
        focus();
        // Tells the background that a panel took the focus (no answer: none is there yet).
        return Promise.resolve(true);
      }
      if (m.action === 'hide' || (m.action === 'toggle' && ui.mounted)) ui.remove();
      else show();
    };
    ui.shadowHost.setAttribute(HOST_ATTR, '');
    browser.runtime.onMessage.addListener(onMessage);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

    if (trigger !== 'auto') show();
    if (trigger === 'focus') focus();
    publish(state);
    // Let the "running" state paint before the synchronous audit.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (signal.aborted) return;
    try {
      page = auditPage(document, uiLang());
      publish({ status: statusOf(page.result), url: location.href, result: page.result });
      if (state.status !== 'not-report') show();
      else if (trigger === 'auto') ui.remove();
    } catch (err) {
      console.error('[nianbao-audit]', err);
      publish({ status: 'error', url: location.href, error: t('auditFailed', { detail: String((err as Error)?.message ?? err) }) });
      if (trigger !== 'auto') show();
    }
  },
});
