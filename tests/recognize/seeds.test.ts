import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/extract/text/index';
import { recognize } from '../../lib/recognize/index';
import { TABLE_IDS } from '../../lib/standard/tables';
import { corpusPath, hasCorpus, manifest, readTruth } from '../helpers/corpus';

const seeds = hasCorpus ? manifest().filter((d) => d.format === 'text') : [];

describe.skipIf(!hasCorpus)('recognition of the five real seed texts', () => {
  for (const doc of seeds) {
    it(`${doc.id}: every cell, section and table as the truth has it`, () => {
      const text = readFileSync(corpusPath(doc.path), 'utf8');
      const report = recognize(extractText(text, { kind: 'text', name: doc.path }));
      expect(report).not.toBeNull();
      const truth = readTruth(doc);
      expect(report!.year).toBe(truth.report!.year);
      expect(report!.format).toBe('2021');
      expect(report!.sections.map((s) => s.found)).toEqual(truth.sections.map((s) => s.found));
      for (const id of TABLE_IDS) {
        expect(report!.tables[id].found, id).toBe(truth.tables[id].found);
        const got = Object.fromEntries(Object.entries(report!.tables[id].cells).map(([k, c]) => [k, c.value]));
        expect(got, id).toEqual(truth.tables[id].cells);
      }
    });
  }

  it('reads the typo 本年度止件数 as the repealed column and reports it (seed 002)', () => {
    const doc = seeds.find((d) => d.id.startsWith('seed-002'))!;
    const report = recognize(extractText(readFileSync(corpusPath(doc.path), 'utf8'), { kind: 'text', name: doc.path }))!;
    expect(report.tables.active.labels).toEqual([
      { printed: '本年度止件数', expected: '本年废止件数', cells: ['regulations.repealed', 'normative.repealed'] },
    ]);
  });

  it('takes the lone printed numbers of seed 003 as the 总计 column, the applicant cells blank', () => {
    const doc = seeds.find((d) => d.id.startsWith('seed-003'))!;
    const report = recognize(extractText(readFileSync(corpusPath(doc.path), 'utf8'), { kind: 'text', name: doc.path }))!;
    const t = report.tables.applications;
    expect(t.cells['results.total.total']!.value).toBe(0);
    expect(t.cells['results.total.natural']!.status).toBe('blank');
    expect(t.doubts).toEqual([]);
  });
});
