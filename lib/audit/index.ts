// The whole audit of one extracted document: recognise, run the rules, build the audit JSON.

import type { ExtractedDoc } from '../model/document';
import type { RecognizedReport } from '../model/report';
import { recognize } from '../recognize/index';
import type { Lang } from '../rules/types';
import { buildAudit } from './build';
import type { AuditResult } from './schema';

export interface AuditOutcome {
  result: AuditResult;
  /** null when the document is not an annual report. */
  report: RecognizedReport | null;
}

export function audit(doc: ExtractedDoc, opts: { lang?: Lang } = {}): AuditOutcome {
  const report = recognize(doc);
  return { result: buildAudit(report, doc.source, { lang: opts.lang ?? 'zh' }), report };
}
