// The Chromium prints of the seeds and the PDF mutants, checked against the corpus truth:
// every truth number appears in a table cell, and key rows read right-anchored match.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, extractCorpus, rowOf, tables, tableWith, values } from './helpers';

const files = [
  ...readdirSync(join(CORPUS, 'pdf')).map((f) => `pdf/${f}`),
  ...readdirSync(join(CORPUS, 'mutants'))
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => `mutants/${f}`),
];

type Cells = Record<string, number | null>;
interface Truth {
  tables: { active: { cells: Cells }; applications: { cells: Cells }; reviews: { cells: Cells } };
}

function truthOf(rel: string): Truth {
  const id = rel.startsWith('pdf/') ? rel.slice(4).replace(/\.([ab])\.pdf$/, '.pdf-$1') : rel.slice(8).replace(/\.pdf$/, '');
  return JSON.parse(readFileSync(join(CORPUS, 'truth', `${id}.json`), 'utf8')) as Truth;
}

const APPLICANTS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];
const printed = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

describe.each(files)('%s', (rel) => {
  const truth = truthOf(rel);

  it('holds every truth value in a ruled table cell, and no other number', async () => {
    const doc = await extractCorpus(rel);
    const want = Object.values(truth.tables)
      .flatMap((t) => Object.values(t.cells))
      .filter((v): v is number => v !== null)
      .map(String)
      .sort();
    const got = tables(doc)
      .flatMap((t) => t.cells.map((c) => c.text))
      .filter((s) => /^\d+(\.\d+)?$/.test(s))
      .sort();
    expect(got).toEqual(want);
    expect(tables(doc).every((t) => t.exact)).toBe(true);
  });

  it('reads rows 一 and （七）总计 of table 三 and the value row of table 四', async () => {
    const doc = await extractCorpus(rel);
    const app = truth.tables.applications.cells;
    const t3 = tableWith(doc, '一、本年新收')!;
    expect(values(rowOf(t3, '一、本年新收'), 7)).toEqual(APPLICANTS.map((k) => printed(app[`new.${k}`])));
    const totals = tables(doc).map((t) => rowOf(t, '（七）总计')).find((r) => r.length)!;
    expect(values(totals, 7)).toEqual(APPLICANTS.map((k) => printed(app[`results.total.${k}`])));

    const rev = truth.tables.reviews.cells;
    const t4 = tables(doc).filter((t) => t.colCount === 15);
    const last = t4[t4.length - 1]!;
    const lastRow = last.cells.filter((c) => c.row === last.rowCount - 1).map((c) => c.text);
    const keys = ['review', 'suit_direct', 'suit_after_review'].flatMap((g) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((k) => `${g}.${k}`),
    );
    expect(lastRow).toEqual(keys.map((k) => printed(rev[k])));
  });

  it('reads table 二 single values', async () => {
    const doc = await extractCorpus(rel);
    const active = truth.tables.active.cells;
    const row = tables(doc).map((t) => rowOf(t, '行政事业性收费')).find((r) => r.length)!;
    expect(values(row, 1)).toEqual([printed(active['fees.amount'])]);
  });
});
