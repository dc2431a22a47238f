// The full audit of the live page: extract the DOM in place, recognise, run the rules.

import { audit } from '@/lib/audit/index';
import type { AuditResult } from '@/lib/audit/schema';
import { extractHtml } from '@/lib/extract/html/index';
import type { RecognizedReport } from '@/lib/model/report';

export interface PageAudit {
  result: AuditResult;
  report: RecognizedReport | null;
}

export function auditPage(doc: Document, lang: 'zh' | 'en'): PageAudit {
  const url = doc.location?.href;
  const name = doc.title.trim() || doc.location?.hostname || 'page';
  const extracted = extractHtml(doc, { kind: 'html', name, ...(url && { url }) });
  return audit(extracted, { lang });
}
