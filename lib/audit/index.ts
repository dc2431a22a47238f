// The whole audit of one extracted document: recognise, run the rules, build the audit JSON.

import type { ExtractedDoc, SourceInfo } from '../model/document';
import { figuresOf, type ReportFigures } from '../model/figures';
import type { RecognizedReport } from '../model/report';
import { recognize } from '../recognize/index';
import type { Lang } from '../rules/types';
import { buildAudit, withPrevious } from './build';
import type { AuditResult } from './schema';

export interface AuditOutcome {
  result: AuditResult;
  /** null when the document is not an annual report. */
  report: RecognizedReport | null;
}

export interface AuditOptions {
  lang?: Lang;
  /**
   * Last year's report of the same body (its figures, lib/model/figures.ts, or a whole
   * RecognizedReport): the cross-year rules compare with it when it is the year before in the
   * 2021 format, and the result's `previous` says whether they did. null: a previous-year
   * document was given but is not a report.
   */
  previous?: { figures: ReportFigures | null; source: SourceInfo };
}

export function audit(doc: ExtractedDoc, opts: AuditOptions = {}): AuditOutcome {
  const lang = opts.lang ?? 'zh';
  const report = recognize(doc);
  const result = buildAudit(report, doc.source, { lang });
  if (!report || !opts.previous) return { result, report };
  return { result: withPrevious(result, figuresOf(report), opts.previous.figures, opts.previous.source, { lang }), report };
}
