// "Locate" finds the printed label of a label finding and the sentence of a text finding in the
// extracted document, for HTML (page elements) and PDF (boxes on the page).

import { describe, expect, it } from 'vitest';
import { audit } from '../../lib/audit/index';
import { findingAnchors } from '../../lib/locate/anchors';
import type { ExtractedDoc, GridCell, TextBlock } from '../../lib/model/document';
import { loadDocument } from '../../lib/node/load';
import { corpusPath, hasCorpus } from '../helpers/corpus';

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

async function audited(path: string) {
  const doc = await loadDocument(corpusPath(path));
  return { doc, ...audit(doc) };
}

/** The block or grid cell of the document that a ref belongs to. */
function owner(doc: ExtractedDoc, ref: unknown): TextBlock | GridCell | undefined {
  for (const b of doc.blocks) {
    if (b.kind === 'text' && b.ref === ref) return b;
    if (b.kind === 'table') for (const c of b.cells) if (c.ref === ref) return c;
  }
  return undefined;
}

describe.skipIf(!hasCorpus)('finding anchors', () => {
  it.each(['mutants/mutant-p11-quxian-label-mismatch.html', 'mutants/mutant-p16-panzhihua-label-mismatch.html'])(
    '%s: the printed label of each label finding',
    async (path) => {
      const { doc, report, result } = await audited(path);
      const labels = result.findings.filter((f) => f.rule === 'label-mismatch' && f.messageId === 'label-mismatch.default');
      expect(labels.length).toBeGreaterThan(0);
      for (const f of labels) {
        const anchors = findingAnchors(doc, report, f);
        expect(anchors.length, f.message).toBeGreaterThan(0);
        for (const a of anchors) {
          expect(a.kind).toBe('label');
          expect(squash((owner(doc, a.ref) as GridCell).text)).toBe(squash(String(f.data!.printed)));
        }
      }
    },
  );

  it.each(['mutants/mutant-p05-honggutan-text-table-mismatch.html', 'mutants/mutant-p10-quxian-text-table-mismatch.pdf'])(
    '%s: the sentence each text finding quotes',
    async (path) => {
      const { doc, report, result } = await audited(path);
      const texts = result.findings.filter((f) => f.rule === 'text-table-mismatch');
      expect(texts.length).toBeGreaterThan(0);
      for (const f of texts) {
        const anchors = findingAnchors(doc, report, f);
        expect(anchors.length, f.message).toBeGreaterThan(0);
        for (const a of anchors) {
          expect(a.kind).toBe('text');
          expect(squash((owner(doc, a.ref) as TextBlock).text)).toContain(squash(String(f.data!.quote)));
          if (path.endsWith('.pdf')) expect(a.ref).toMatchObject({ kind: 'pdf', page: expect.any(Number) });
        }
      }
    },
  );

  it('gives nothing for a finding about cells only', async () => {
    const { doc, report, result } = await audited('mutants/mutant-p02-honggutan-t3-row-total.html');
    const f = result.findings.find((x) => x.rule === 't3-row-total')!;
    expect(findingAnchors(doc, report, f)).toEqual([]);
  });
});
