// The genuine government documents of the shared corpus (real/): their genuine errors are
// flagged, and nothing else is raised as an error or warning. See real/SOURCES.md.

import { describe, expect, it } from 'vitest';
import { audit } from '../../lib/audit/index';
import { loadDocument } from '../../lib/node/load';
import { corpusPath, hasCorpus } from '../helpers/corpus';

async function auditReal(name: string) {
  const doc = await loadDocument(corpusPath(`real/${name}`));
  return audit(doc);
}

const serious = (findings: { severity: string; rule: string }[]) =>
  findings.filter((f) => f.severity !== 'info').map((f) => f.rule);

describe.skipIf(!hasCorpus)('real reports', () => {
  it('Hongze 2023 PDF: both zero 总计 cells of table 四 are errors, with the right sums', async () => {
    const { result } = await auditReal('huaian-hongzequ-2023-govpdf.pdf');
    const t4 = result.findings.filter((f) => f.rule === 't4-total');
    expect(t4.map((f) => [f.cells.at(-1), f.expected, f.actual])).toEqual([
      ['reviews:review.total', 11, 0],
      ['reviews:suit_after_review.total', 5, 0],
    ]);
    expect(serious(result.findings).sort()).toEqual(['label-mismatch', 'structure-variant', 't4-total', 't4-total']);
    expect(result.tables.reviews.cells['review.upheld']).toBe(10);
  });

  it('Hongze 2024 PDF: the single （六） row and the label typo, and the 17 vs 95 scope only as a question', async () => {
    const { result } = await auditReal('huaian-hongzequ-2024-govpdf.pdf');
    expect(serious(result.findings).sort()).toEqual(['label-mismatch', 'structure-variant']);
    expect(result.tables.applications.cells['new.total']).toBe(95);
    expect(result.tables.applications.cells['results.other.other.total']).toBe(0);
    const scope = result.findings.find((f) => f.rule === 'text-table-mismatch');
    expect(scope?.severity).toBe('info');
  });

  it('Huai’an city 2024 PDF: consistent, so no error or warning', async () => {
    const { result } = await auditReal('huaian-shi-2024-govpdf.pdf');
    expect(serious(result.findings)).toEqual([]);
    expect(result.tables.applications.cells['new.total']).toBe(3119);
    expect(result.tables.applications.cells['carried_in.total']).toBe(34);
    expect(result.tables.applications.cells['results.total.total']).toBe(3050);
    expect(result.tables.applications.cells['carried_out.total']).toBe(103);
  });

  it('Pingtan 2023 saved page: clean; "集中发布现行有效393件，动态更新本年度制发77件" agrees with 470 (393 + 77)', async () => {
    const { result } = await auditReal('pingtan-2023-savedhtml.html');
    expect(serious(result.findings)).toEqual([]);
    expect(result.findings.filter((f) => f.rule === 'text-table-mismatch')).toEqual([]);
  });

  for (const year of [2021, 2022, 2024, 2025]) {
    it(`Pingtan ${year} crawler text: tables decoded, no accusation`, async () => {
      const { result, report } = await auditReal(`pingtan-${year}-crawltext.txt`);
      expect(report?.year).toBe(year);
      expect(Object.values(result.tables).every((t) => t.found)).toBe(true);
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  }

  it('Pingtan 2024 crawler text: table 四 decodes only under the sum constraints', async () => {
    const { result } = await auditReal('pingtan-2024-crawltext.txt');
    const c = result.tables.reviews.cells;
    expect([c['review.upheld'], c['review.total'], c['suit_after_review.upheld'], c['suit_after_review.total']]).toEqual([2, 7, 13, 19]);
  });

  it('mangled third-party extractions: nothing is an error, the doubt is said', async () => {
    for (const name of ['shanghai-kewei-2024-repoextract.md', 'shanghai-shizhengfubangongting-2025-repoextract.md']) {
      const { result } = await auditReal(name);
      expect(result.findings.filter((f) => f.severity === 'error'), name).toEqual([]);
      expect(result.findings.some((f) => f.rule === 'needs-review'), name).toBe(true);
    }
  });
});
