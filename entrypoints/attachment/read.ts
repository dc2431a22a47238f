// Audits one attachment: a PDF through the viewer's worker (one pdf.js document), a DOCX through
// mammoth and the HTML extractor. Returns the audit and, for a PDF, where each cell was read.

import { audit } from '@/lib/audit/index';
import type { AuditResult } from '@/lib/audit/schema';
import { extractHtml } from '@/lib/extract/html/index';
import { figuresOf, type ReportFigures } from '@/lib/model/figures';
import type { Lang } from '@/lib/i18n/format';
import { docxToHtml, looksLikeDocx } from '@/lib/source/docx';
import { startAudit } from '../viewer/audit-client';
import { fileName } from '../viewer/original';
import { openDocument } from '../viewer/pdfjs';

export class UnsupportedFormat extends Error {}

const isPdf = (data: Uint8Array) => data[0] === 0x25 && data[1] === 0x50 && data[2] === 0x44 && data[3] === 0x46; // %PDF

export interface FileAudit {
  result: AuditResult;
  kind: 'pdf' | 'docx';
  /** The report's figures, for a cross-year check (null: not a report). */
  figures: ReportFigures | null;
}

export async function auditFile(file: string, data: Uint8Array, lang: Lang): Promise<FileAudit> {
  const name = fileName(file);
  if (isPdf(data)) {
    const task = openDocument(data.slice());
    try {
      const doc = await task.promise;
      const outcome = await startAudit(doc, data, { name, url: file, lang }).result;
      if (outcome.type === 'done') return { result: outcome.result, kind: 'pdf', figures: outcome.figures ?? null };
      throw new Error(outcome.type === 'failed' ? outcome.message : 'cancelled');
    } finally {
      await task.destroy();
    }
  }
  if (looksLikeDocx(data)) {
    const html = await docxToHtml(data);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const { result, report } = audit(extractHtml(doc, { kind: 'html', name, url: file }), { lang });
    return { result, kind: 'docx', figures: report ? figuresOf(report) : null };
  }
  throw new UnsupportedFormat();
}
