// Audits one attachment: a PDF through the viewer's worker (one pdf.js document), a DOCX through
// mammoth and the HTML extractor. Returns the audit and, for a PDF, where each cell was read.

import { audit } from '@/lib/audit/index';
import type { AuditResult } from '@/lib/audit/schema';
import { extractHtml } from '@/lib/extract/html/index';
import type { Lang } from '@/lib/i18n/format';
import { docxToHtml, looksLikeDocx } from '@/lib/source/docx';
import { startAudit } from '../viewer/audit-client';
import { fileName } from '../viewer/original';
import { openDocument } from '../viewer/pdfjs';

export class UnsupportedFormat extends Error {}

const isPdf = (data: Uint8Array) => data[0] === 0x25 && data[1] === 0x50 && data[2] === 0x44 && data[3] === 0x46; // %PDF

export async function auditFile(file: string, data: Uint8Array, lang: Lang): Promise<{ result: AuditResult; kind: 'pdf' | 'docx' }> {
  const name = fileName(file);
  if (isPdf(data)) {
    const task = openDocument(data.slice());
    try {
      const doc = await task.promise;
      const outcome = await startAudit(doc, data, { name, url: file, lang }).result;
      if (outcome.type === 'done') return { result: outcome.result, kind: 'pdf' };
      throw new Error(outcome.type === 'failed' ? outcome.message : 'cancelled');
    } finally {
      await task.destroy();
    }
  }
  if (looksLikeDocx(data)) {
    const html = await docxToHtml(data);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return { result: audit(extractHtml(doc, { kind: 'html', name, url: file }), { lang }).result, kind: 'docx' };
  }
  throw new UnsupportedFormat();
}
