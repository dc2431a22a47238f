// Auditing one report a listing links to: fetched without cookies or referrer, at most two
// requests per host at a time across every tab (slots counted by the background: Web Locks are
// denied to an extension frame inside a web page),
// remembered by URL with the server's ETag / Last-Modified (a conditional request then answers
// 304 and the stored result is used). HTML is read with DOMParser and the HTML extractor, plain
// text with the text extractor; PDFs and DOCX files go the attachment frame's way
// (entrypoints/attachment/read.ts).

import { browser } from 'wxt/browser';
import { z } from 'zod';
import { audit } from '@/lib/audit/index';
import { AuditSchema, type AuditResult } from '@/lib/audit/schema';
import { FiguresSchema } from '@/lib/cross-year/schema';
import { extractHtml } from '@/lib/extract/html/index';
import { extractText } from '@/lib/extract/text/index';
import type { Lang } from '@/lib/i18n/format';
import { figuresOf, type ReportFigures } from '@/lib/model/figures';
import { HOST_SLOT_PORT, SlotGrantSchema } from '@/lib/messages/host-slot';
import { charsetFromContentType, decodeBytes, sniffHtmlCharset } from '@/lib/source/decode';
import { auditFile, UnsupportedFormat } from '../attachment/read';

/** Results kept; the oldest go first. */
const MAX_CACHED = 300;
const CACHE_PREFIX = 'listing-cache:';

export interface Audited {
  result: AuditResult;
  figures: ReportFigures | null;
  /** Came from the cache after a 304. */
  cached: boolean;
}

const CachedSchema = z.object({
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  result: AuditSchema,
  figures: FiguresSchema.nullable(),
  lang: z.enum(['zh', 'en']),
  savedAt: z.number(),
});
type Cached = z.infer<typeof CachedSchema>;

export class FetchFailed extends Error {}

/** One of the host's PER_HOST slots, held while `fn` runs (the background counts them for every tab). */
export async function withHostSlot<T>(host: string, fn: () => Promise<T>): Promise<T> {
  const port = browser.runtime.connect({ name: HOST_SLOT_PORT });
  try {
    await new Promise<void>((resolve, reject) => {
      port.onMessage.addListener((raw: unknown) => {
        if (SlotGrantSchema.safeParse(raw).success) resolve();
      });
      port.onDisconnect.addListener(() => reject(new FetchFailed('host slot lost')));
      port.postMessage({ type: 'acquire', host });
    });
    return await fn();
  } finally {
    port.disconnect();
  }
}

async function cachedFor(url: string): Promise<Cached | null> {
  const key = CACHE_PREFIX + url;
  const parsed = CachedSchema.safeParse((await browser.storage.local.get(key))[key]);
  return parsed.success ? parsed.data : null;
}

async function remember(url: string, entry: Cached): Promise<void> {
  await browser.storage.local.set({ [CACHE_PREFIX + url]: entry });
}

/** Drops the oldest results past MAX_CACHED. */
export async function pruneCache(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const entries = Object.entries(all)
    .filter(([k]) => k.startsWith(CACHE_PREFIX))
    .map(([k, v]) => ({ k, at: CachedSchema.safeParse(v).data?.savedAt ?? 0 }))
    .sort((a, b) => b.at - a.at);
  const drop = entries.slice(MAX_CACHED).map((e) => e.k);
  if (drop.length > 0) await browser.storage.local.remove(drop);
}

async function auditBytes(url: string, bytes: Uint8Array, contentType: string | null, lang: Lang): Promise<{ result: AuditResult; figures: ReportFigures | null }> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const html = !head.includes('%PDF-') && bytes[0] !== 0x50 /* PK: DOCX */ && !/application\/(pdf|vnd|msword)/i.test(contentType ?? '');
  if (!html) {
    const { result, figures } = await auditFile(url, bytes, lang);
    return { result, figures };
  }
  const { text } = decodeBytes(bytes, charsetFromContentType(contentType) ?? sniffHtmlCharset(bytes) ?? undefined);
  if (/^text\/(plain|markdown)/i.test(contentType ?? '')) {
    const { result, report } = audit(extractText(text, { kind: 'text', name: new URL(url).pathname.split('/').pop() || url, url }), { lang });
    return { result, figures: report ? figuresOf(report) : null };
  }
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const name = doc.title.trim() || new URL(url).pathname.split('/').pop() || url;
  const { result, report } = audit(extractHtml(doc, { kind: 'html', name, url }), { lang });
  return { result, figures: report ? figuresOf(report) : null };
}

export async function auditLink(url: string, lang: Lang): Promise<Audited> {
  const cached = await cachedFor(url);
  const usable = cached && cached.lang === lang ? cached : null;
  const headers: Record<string, string> = {};
  if (usable?.etag) headers['if-none-match'] = usable.etag;
  if (usable?.lastModified) headers['if-modified-since'] = usable.lastModified;
  const got = await withHostSlot(new URL(url).host, async () => {
    const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', headers });
    if (response.status === 304) return { response, bytes: null };
    if (!response.ok) throw new FetchFailed(`HTTP ${response.status}`);
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  });
  if (!got.bytes && usable) return { result: usable.result, figures: usable.figures, cached: true };
  if (!got.bytes) throw new FetchFailed('HTTP 304');
  const etag = got.response.headers.get('etag');
  const lastModified = got.response.headers.get('last-modified');
  const audited = await auditBytes(got.response.url || url, got.bytes, got.response.headers.get('content-type'), lang);
  if (etag || lastModified) await remember(url, { etag, lastModified, ...audited, lang, savedAt: Date.now() });
  return { ...audited, cached: false };
}

export { UnsupportedFormat };
