// The full audit on the page, injected by the background (entrypoints/background) only when the
// detector found a report or the user asked from the popup. Shows the audit panel in a shadow
// root; a second injection replaces this instance (WXT invalidates the older context).

import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Finding } from '@/lib/audit/schema';
import { OverlayMessageSchema, type BackgroundMessage, type TabState } from '@/lib/messages';
import { AuditPanel } from '@/components/AuditPanel';
import { t, uiLang } from '@/components/i18n';
import { statusOf } from '@/components/verdict-view';
import panelCss from '@/components/panel.css?inline';
import overlayCss from './style.css?inline';
import { clearHighlight, findingElements, highlight, keepClearOf } from './highlight';
import { auditPage, type PageAudit } from './run-audit';

declare global {
  // Set by the background just before injecting: 'auto' hides the panel on a non-report.
  var nianbaoTrigger: 'auto' | 'manual' | undefined;
}

export default defineContentScript({
  registration: 'runtime',
  matches: ['*://*.gov.cn/*'],
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const trigger = globalThis.nianbaoTrigger ?? 'manual';
    globalThis.nianbaoTrigger = undefined;
    document.querySelectorAll('nianbao-audit').forEach((el) => el.remove());

    let state: TabState = { status: 'running', url: location.href };
    let page: PageAudit | null = null;
    let located: Finding | null = null;

    const ui = await createShadowRootUi(ctx, {
      name: 'nianbao-audit',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: `${panelCss}\n${overlayCss}`,
      isolateEvents: true,
      onMount: (container) => {
        const root = document.createElement('div');
        root.className = 'nb-overlay';
        container.append(root);
        return root;
      },
      onRemove: (root) => {
        if (root) render(null, root);
        clearHighlight();
        located = null;
      },
    });

    const draw = () => {
      if (!ui.mounted) return;
      const report = page?.report ?? null;
      render(
        <AuditPanel
          status={state.status}
          result={state.result}
          error={state.error}
          host={ui.shadow}
          located={located}
          canLocate={(f) => report !== null && findingElements(report, f).length > 0}
          onLocate={(f) => {
            if (!report) return;
            const targets = findingElements(report, f);
            highlight(targets);
            keepClearOf(ui.shadowHost, targets.map((t) => t.el));
            located = f;
            draw();
          }}
          onClearHighlight={() => {
            clearHighlight();
            located = null;
            draw();
          }}
          onClose={() => ui.remove()}
        />,
        ui.mounted,
      );
    };
    const show = () => {
      if (!ui.mounted) ui.mount();
      draw();
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
      if (m.action === 'hide' || (m.action === 'toggle' && ui.mounted)) ui.remove();
      else show();
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    if (trigger === 'manual') show();
    publish(state);
    // Let the "running" state paint before the synchronous audit.
    await new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), 0));
    try {
      page = auditPage(document, uiLang());
      publish({ status: statusOf(page.result), url: location.href, result: page.result });
      if (state.status !== 'not-report') show();
      else if (trigger === 'auto') ui.remove();
    } catch (err) {
      console.error('[nianbao-audit]', err);
      publish({ status: 'error', url: location.href, error: t('auditFailed', String((err as Error)?.message ?? err)) });
      if (trigger === 'manual') show();
    }
  },
});
