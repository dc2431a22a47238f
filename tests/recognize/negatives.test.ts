// Pages that look like reports but are not: a 政府网站工作年度报表, a 法治政府建设年度报告, a news
// item naming the report and its 勾稽关系, a listing of reports. As HTML, and as the plain text a
// user might paste (rows joined by tabs), none is audited; the 2019-layout report says so.

import { describe, expect, it } from 'vitest';
import { denseRows, type ExtractedDoc } from '../../lib/model/document';
import { extractText } from '../../lib/extract/text/index';
import { loadDocument } from '../../lib/node/load';
import { recognize } from '../../lib/recognize/index';
import { audit } from '../../lib/audit/index';
import { corpusPath, hasCorpus, manifest } from '../helpers/corpus';

function asPlainText(doc: ExtractedDoc): string {
  return doc.blocks
    .map((b) => {
      if (b.kind === 'text') return b.text;
      if (b.kind === 'table') return denseRows(b).map((r) => r.map((c) => c?.text ?? '').join('\t')).join('\n');
      return '';
    })
    .join('\n');
}

const pages = hasCorpus ? manifest().filter((d) => d.kind !== 'report') : [];

describe.skipIf(!hasCorpus)('not annual reports', () => {
  for (const page of pages) {
    it(`${page.id} (${page.kind})`, async () => {
      const html = await loadDocument(corpusPath(page.path));
      const text = extractText(asPlainText(html), { kind: 'text', name: page.id });
      for (const doc of [html, text]) {
        const report = recognize(doc);
        if (page.kind === 'old-format') expect(report?.format ?? '2019').toBe('2019');
        else expect(report).toBeNull();
      }
      // A 2019-layout report is not faulted for being in the 2019 layout.
      if (page.kind === 'old-format') expect(audit(html).result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    });
  }
});
