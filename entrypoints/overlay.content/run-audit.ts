// The full audit of the live page: extract the DOM in place, recognise, run the rules.

import { audit } from '@/lib/audit/index';
import type { AuditResult } from '@/lib/audit/schema';
import { DEFAULT_LIMITS, extractHtml } from '@/lib/extract/html/index';
import type { Lang } from '@/lib/i18n/format';
import type { ExtractedDoc } from '@/lib/model/document';
import type { RecognizedReport } from '@/lib/model/report';

export interface PageAudit {
  result: AuditResult;
  report: RecognizedReport | null;
  /** The page as extracted: its blocks point at the page's elements (labels, sentences). */
  doc: ExtractedDoc;
}

/**
 * What the reader sees: an element the page's styles hide (display:none or visibility:hidden
 * from a stylesheet, opacity 0) is not audited, so a hidden correct copy of a table cannot stand
 * in for the visible one. Browsers without checkVisibility fall back to markup alone.
 */
const rendered = (el: Element): boolean =>
  typeof el.checkVisibility !== 'function' || el.checkVisibility({ opacityProperty: true, visibilityProperty: true });

export function auditPage(doc: Document, lang: Lang): PageAudit {
  const url = doc.location?.href;
  const name = doc.title.trim() || doc.location?.hostname || 'page';
  const extracted = extractHtml(doc, { kind: 'html', name, ...(url && { url }) }, DEFAULT_LIMITS, rendered);
  return { ...audit(extracted, { lang }), doc: extracted };
}
