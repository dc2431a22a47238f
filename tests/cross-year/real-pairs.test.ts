// The cross-year rules on the real corpus' consecutive years: 洪泽 2023→2024 holds, 平潭
// 2022→2023 breaks its 行政规范性文件 chain (698 + 77 − 132 = 643 against 470), and crawler text
// whose cells split several ways gives questions, never warnings.

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit, type AuditOutcome } from '../../lib/audit/index';
import { figuresOf } from '../../lib/model/figures';
import { pairConsecutive } from '../../lib/cross-year/pair';
import { loadDocument } from '../../lib/node/load';
import { corpusPath, hasCorpus } from '../helpers/corpus';

const CROSS = new Set(['carryover-mismatch', 'in-force-chain']);
const cache = new Map<string, Promise<{ outcome: AuditOutcome; source: import('../../lib/model/document').SourceInfo; doc: Awaited<ReturnType<typeof loadDocument>> }>>();

function load(name: string) {
  if (!cache.has(name))
    cache.set(name, loadDocument(corpusPath(`real/${name}`)).then((doc) => ({ doc, source: doc.source, outcome: audit(doc) })));
  return cache.get(name)!;
}

async function pair(last: string, current: string) {
  const prev = await load(last);
  const cur = await load(current);
  const { result } = audit(cur.doc, { previous: { figures: figuresOf(prev.outcome.report!), source: prev.source } });
  return { result, cross: result.findings.filter((f) => CROSS.has(f.rule)) };
}

describe.skipIf(!hasCorpus && !process.env.CI)('cross-year on the real corpus', () => {
  it('洪泽 2023→2024 holds: no cross-year finding (5 + 3 − 0 = 8)', async () => {
    const { result, cross } = await pair('huaian-hongzequ-2023-govpdf.pdf', 'huaian-hongzequ-2024-govpdf.pdf');
    expect(result.previous).toMatchObject({ compared: true, year: 2023 });
    expect(cross).toEqual([]);
  });

  it('平潭 2022→2023: in-force-chain on the 行政规范性文件 cells, both years named', async () => {
    const { cross } = await pair('pingtan-2022-crawltext.txt', 'pingtan-2023-savedhtml.html');
    expect(cross.map((f) => [f.rule, f.severity, f.cells, f.expected, f.actual])).toEqual([
      ['in-force-chain', 'warning', ['active:normative.issued', 'active:normative.repealed', 'active:normative.in_force'], 643, 470],
    ]);
    expect(cross[0]!.message).toContain('2022年报告现行有效698件 + 本年制发77件 − 本年废止132件 = 643件，但本年现行有效为470件');
  });

  it('平潭 pairs with crawler cells in doubt give questions only', async () => {
    for (const [last, current] of [
      ['pingtan-2021-crawltext.txt', 'pingtan-2022-crawltext.txt'],
      ['pingtan-2023-savedhtml.html', 'pingtan-2024-crawltext.txt'],
      ['pingtan-2024-crawltext.txt', 'pingtan-2025-crawltext.txt'],
    ]) {
      const { result, cross } = await pair(last!, current!);
      expect(result.previous?.compared, current).toBe(true);
      expect(cross.filter((f) => f.severity !== 'info'), current).toEqual([]);
      // The 行政规范性文件 rows of these crawls split several ways: asked, not skipped.
      expect(cross.some((f) => f.rule === 'in-force-chain' && f.outcome === 'review'), current).toBe(true);
      // The carry-over of table 三 was read with confidence in each, and holds.
      expect(cross.filter((f) => f.rule === 'carryover-mismatch'), current).toEqual([]);
    }
  });

  it('finds exactly the consecutive pairs of the real folder by organ and year', async () => {
    const names = readdirSync(corpusPath('real')).filter((n) => /\.(pdf|txt|html|md)$/.test(n)).sort();
    const items = [];
    for (const name of names) {
      const { outcome } = await load(name);
      const r = outcome.report;
      if (r) items.push({ item: name, year: r.year, organ: r.organ, unsure: 0 });
    }
    const pairs = [...pairConsecutive(items)].map(([cur, prev]) => `${prev} → ${cur}`);
    expect(pairs).toEqual([
      'huaian-hongzequ-2023-govpdf.pdf → huaian-hongzequ-2024-govpdf.pdf',
      'pingtan-2021-crawltext.txt → pingtan-2022-crawltext.txt',
      'pingtan-2022-crawltext.txt → pingtan-2023-savedhtml.html',
      'pingtan-2023-savedhtml.html → pingtan-2024-crawltext.txt',
      'pingtan-2024-crawltext.txt → pingtan-2025-crawltext.txt',
    ]);
  }, 120_000);
});
