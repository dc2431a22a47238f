// Publisher variants of the corpus documents whose truth we know (tests/variants/transforms),
// audited in-process as the checker audits a file. Two assertions per variant:
//  (a) it is audited as a report and raises no error the adjusted truth does not have — never
//      accuse a publisher of our own misreading;
//  (b) no cell is read as a number other than the truth's (leaving a cell null, uncertain, is
//      allowed).
// The test runs a deterministic sample (each transform on one document of each kind, rotating;
// see sampleVariants); VARIANTS_ALL=1 runs every variant. `npm run variants` measures them all.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { arithmeticFindings, ARITH_RULES, findingKey } from './arith';
import { auditVariant, type AuditRun } from './audit';
import { generateVariants, sampleVariants } from './build';
import { compare, type AuditOutput } from './compare';
import { loadSources } from './sources';
import { dropRegulations } from './transforms/drop-row';
import { TRANSFORMS } from './transforms/index';
import { otherSingleRow } from './transforms/merge-other';
import type { Variant } from './types';

const variants: Variant[] = process.env.VARIANTS_ALL ? generateVariants() : sampleVariants();
const dir = mkdtempSync(join(tmpdir(), 'nianbao-variant-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const runs = new Map<string, Promise<AuditRun>>();
const audited = (v: Variant): Promise<AuditRun> => {
  let p = runs.get(v.id);
  if (!p) runs.set(v.id, (p = auditVariant(v, dir)));
  return p;
};

/** At most eight lines, so a table of 175 misread cells stays readable. */
const few = (lines: string[]): string[] => (lines.length > 8 ? [...lines.slice(0, 8), `… ${lines.length - 8} more`] : lines);

const show = (f: { rule?: unknown; cells?: unknown; message?: unknown }): string =>
  `${String(f.rule)} [${(Array.isArray(f.cells) ? f.cells : []).slice(0, 4).join(', ')}${Array.isArray(f.cells) && f.cells.length > 4 ? ', …' : ''}] ${String(f.message ?? '')}`;

describe('variant harness', () => {
  it('reproduces the arithmetic findings of every source truth (so recomputed truths are exact)', () => {
    for (const s of loadSources()) {
      const sig = (fs: { rule: string; cells: string[]; expected?: number; actual?: number }[]) =>
        fs.map((f) => `${findingKey(f)}|${f.expected}|${f.actual}`).sort();
      expect(sig(arithmeticFindings(s.truth)), s.id).toEqual(sig(s.truth.findings.filter((f) => ARITH_RULES.has(f.rule))));
    }
  });

  it('a transform with nothing to change returns null, not a copy', () => {
    const sources = loadSources().filter((s) => s.format === 'html');
    const noRegulations = sources.filter((s) => s.truth.notes?.absent_cells?.cells.includes('active:regulations.issued'));
    const singleOther = sources.filter((s) => s.truth.notes?.absent_cells?.cells.includes('applications:results.other.no_fee.total'));
    expect(noRegulations.length).toBeGreaterThan(0);
    expect(singleOther.length).toBeGreaterThan(0);
    for (const s of noRegulations) expect(dropRegulations.apply(s), s.id).toBeNull();
    for (const s of singleOther) expect(otherSingleRow.apply(s), s.id).toBeNull();
  });

  it('every adjusted truth passes the comparison against itself, and a wrong cell fails it', () => {
    for (const v of variants) {
      expect(compare(v.truth, v.truth as unknown as AuditOutput).pass, v.id).toBe(true);
    }
    const v = variants.find((x) => x.truth.tables.applications.cells['new.total'] !== null)!;
    const wrong = structuredClone(v.truth);
    wrong.tables.applications.cells['new.total'] = (wrong.tables.applications.cells['new.total'] as number) + 1;
    const c = compare(v.truth, wrong as unknown as AuditOutput);
    expect(c.pass).toBe(false);
    expect(c.cells.misread.map((m) => m.cell)).toEqual(['applications:new.total']);
  });
});

describe('publisher variants', () => {
  it('every transform makes at least one variant', () => {
    expect([...new Set(variants.map((v) => v.transform))].sort()).toEqual(TRANSFORMS.map((t) => t.id).sort());
  });

  for (const v of variants) {
    describe(v.id, () => {
      it('(a) no error finding the truth does not have', async () => {
        const run = await audited(v);
        expect(run.error, 'the checker failed on this file').toBeUndefined();
        const c = compare(v.truth, run.output);
        expect(c.detected, 'audited as "not a report"').toBe(true);
        expect(few(c.findings.falseErrors.map(show))).toEqual([]);
      });

      it('(b) no cell read as a number other than the truth', async () => {
        const run = await audited(v);
        expect(run.error, 'the checker failed on this file').toBeUndefined();
        const c = compare(v.truth, run.output);
        expect(few(c.cells.misread.map((m) => `${m.cell}: truth ${JSON.stringify(m.expected)}, read ${JSON.stringify(m.actual)}`))).toEqual([]);
      });
    });
  }
});
