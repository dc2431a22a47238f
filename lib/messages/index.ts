// Runtime messages between the extension's parts, validated with zod at every receiving end.
// No browser globals here: entrypoints send and receive, this file only describes.

import { z } from 'zod';
import { AuditSchema } from '../audit/schema';

// Extension pages and content scripts run under a CSP without eval: keep zod off its JIT path.
z.config({ jitless: true });

/** What the overlay root's data-status shows (a stable test hook). */
export const AuditStatusSchema = z.enum(['running', 'done', 'needs-review', 'not-report', 'error']);
export type AuditStatus = z.infer<typeof AuditStatusSchema>;

export const TabStateSchema = z.object({
  status: AuditStatusSchema,
  url: z.string(),
  /** Present once the audit ran (status done, needs-review or not-report). */
  result: AuditSchema.optional(),
  /** Why the audit failed (status error), worded for the user. */
  error: z.string().optional(),
  /** The state comes from the PDF viewer page rather than an overlay on the page. */
  viewer: z.boolean().optional(),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const OptionsSchema = z.object({
  /** Audit gov.cn report pages as soon as they load (otherwise only on click). */
  autoRun: z.boolean(),
  /** Open PDF reports on gov.cn hosts in the extension's viewer. */
  pdfTakeover: z.boolean(),
  /** On a listing of annual reports, audit the linked reports as soon as the page loads (else on click). */
  listingAutoRun: z.boolean(),
});
export type Options = z.infer<typeof OptionsSchema>;
export const DEFAULT_OPTIONS: Options = { autoRun: true, pdfTakeover: true, listingAutoRun: true };
/** storage.local key of the options. */
export const OPTIONS_KEY = 'options';

/** Stored options, tolerant of missing or stale keys. */
export function parseOptions(stored: unknown): Options {
  const partial = OptionsSchema.partial().safeParse(stored);
  return { ...DEFAULT_OPTIONS, ...(partial.success ? partial.data : {}) };
}

/** Where the audit panel sits and whether it is folded, remembered across pages (storage.local). */
export const PanelPrefsSchema = z
  .object({
    collapsed: z.boolean(),
    /** Docked to a side of the window, or (with x and y) where it was dragged. */
    dock: z.enum(['left', 'right']),
    x: z.number().finite(),
    y: z.number().finite(),
  })
  .partial();
export type PanelPrefs = z.infer<typeof PanelPrefsSchema>;
/** storage.local keys of the overlay panel's and the PDF viewer's panel's preferences. */
export const PANEL_KEYS = { overlay: 'panel:overlay', viewer: 'panel:viewer' } as const;

/** Stored preferences, tolerant of corrupt or stale values (dropped, never thrown). */
export function parsePanelPrefs(stored: unknown): PanelPrefs {
  const parsed = PanelPrefsSchema.safeParse(stored);
  if (!parsed.success) return {};
  const { x, y, ...rest } = parsed.data;
  return x !== undefined && y !== undefined ? { ...rest, x, y } : rest;
}

/** What one copy puts on the clipboard: plain text, and HTML for the applications that paste it. */
export const ClipboardPayloadSchema = z.object({
  text: z.string().max(4_000_000),
  html: z.string().max(4_000_000).optional(),
});
export type ClipboardPayload = z.infer<typeof ClipboardPayloadSchema>;

/** Background → the offscreen document (Chrome), which copies from the extension's own origin. */
export const OffscreenMessageSchema = z.object({ target: z.literal('offscreen'), type: z.literal('copy'), payload: ClipboardPayloadSchema });
export type OffscreenMessage = z.infer<typeof OffscreenMessageSchema>;

/** To the background. */
export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  /** The detector saw an annual report on this page. */
  z.object({ type: z.literal('detected') }),
  /** The detector found the browser showing a PDF itself (the takeover rule was not in place yet). */
  z.object({ type: z.literal('pdf-document') }),
  /**
   * The detector found a page named as an annual report (`report`: it is one) or a disclosure
   * column: the background has its links looked at (a 年报 listing's chips, report files' buttons).
   */
  z.object({ type: z.literal('disclosure'), report: z.boolean() }),
  /** The overlay or viewer reports its audit state for its tab. */
  z.object({ type: z.literal('state'), state: TabStateSchema }),
  /** The popup asks for a tab's state. */
  z.object({ type: z.literal('get-state'), tabId: z.number().int() }),
  /** The popup asks to audit a tab now (activeTab has been granted by opening the popup). */
  z.object({ type: z.literal('audit-tab'), tabId: z.number().int() }),
  /**
   * The popup asks to look for report links on a tab (listing chips, attachment buttons): the
   * detector does so by itself only on a page whose title or headings name a report or a
   * disclosure column.
   */
  z.object({ type: z.literal('find-links'), tabId: z.number().int() }),
  /**
   * The PDF viewer asks to show its original PDF in its tab, without the takeover; notReport:
   * the audit found no report, so the browser's own viewer takes it back.
   */
  z.object({ type: z.literal('open-original'), url: z.string().url(), notReport: z.boolean().optional() }),
  /**
   * A content script's copy, made by the background from the extension's own origin, where no page
   * `copy` listener can change it. Answered with true once on the clipboard.
   */
  z.object({ type: z.literal('copy'), payload: ClipboardPayloadSchema }),
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;

/** The manifest's `commands` entry that shows the audit panel and moves the keyboard focus into it. */
export const FOCUS_PANEL_COMMAND = 'focus-panel';

/** To the overlay content script of a tab. */
export const OverlayMessageSchema = z.discriminatedUnion('type', [
  /** focus: show the panel unfolded and move the keyboard focus into it (the `commands` shortcut). */
  z.object({ type: z.literal('overlay'), action: z.enum(['show', 'toggle', 'hide', 'focus']) }),
  /** Sent when the script is injected again: audit again and show. */
  z.object({ type: z.literal('rerun') }),
]);
export type OverlayMessage = z.infer<typeof OverlayMessageSchema>;

export const GetStateResponseSchema = TabStateSchema.nullable();
export const AuditTabResponseSchema = z.object({ ok: z.boolean(), error: z.string().optional() });
export type AuditTabResponse = z.infer<typeof AuditTabResponseSchema>;

/** What the link passes found on a page (entrypoints/link-scan, the result of its injection). */
export const LinkScanSchema = z.object({
  /** Links whose text names an annual report with its year. */
  links: z.number().int().min(0),
  /** Enough of them to make the page a listing. */
  listing: z.boolean(),
  /** Report attachments and embedded PDFs. */
  files: z.number().int().min(0),
});
export type LinkScan = z.infer<typeof LinkScanSchema>;
export const FindLinksResponseSchema = z.object({ ok: z.boolean(), found: LinkScanSchema.optional(), error: z.string().optional() });
export type FindLinksResponse = z.infer<typeof FindLinksResponseSchema>;
