// The checklist of a clean verdict counts the identities from the audit JSON: the ones it counts
// as broken must be exactly those the arithmetic rules reported, on every corpus document.

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checklistOf, identities, identityState } from '../../lib/audit/checklist';
import { audit } from '../../lib/audit/index';
import type { AuditResult } from '../../lib/audit/schema';
import { loadDocument } from '../../lib/node/load';
import { corpusPath, hasCorpus, manifest, readTruth } from '../helpers/corpus';

const RULES = ['t3-balance', 't3-row-total', 't3-results-total', 't4-total'] as const;

function brokenByRule(result: AuditResult): Record<string, number> {
  const singleOtherRow = result.findings.some((f) => f.messageId === 'structure-variant.single-other-row');
  const out: Record<string, number> = Object.fromEntries(RULES.map((r) => [r, 0]));
  for (const id of identities(singleOtherRow)) if (identityState(result, id) === 'fails') out[id.rule]!++;
  return out;
}

const reported = (result: AuditResult): Record<string, number> =>
  Object.fromEntries(RULES.map((r) => [r, result.findings.filter((f) => f.rule === r).length]));

describe('checklist', () => {
  it('has the 42 identities of the 2021 format: 7 balances, 25 row totals, 7 result totals, 3 group totals', () => {
    const all = identities();
    expect(all).toHaveLength(42);
    expect(RULES.map((r) => all.filter((i) => i.rule === r).length)).toEqual([7, 25, 7, 3]);
  });

  it.skipIf(!hasCorpus)('counts every identity of a clean seed as holding', () => {
    const truth = readTruth(manifest().find((d) => d.id === 'seed-004-quxian-2023.html-a')!);
    expect(truth.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const list = checklistOf(truth);
    expect(list.sections).toEqual({ found: 6, total: 6 });
    expect(list.tables).toEqual({ found: 3, total: 3 });
    expect(list.identities.fails).toBe(0);
    expect(list.identities.holds).toBe(list.identities.checked);
    expect(list.identities.checked).toBeGreaterThan(30);
  });

  const docs = hasCorpus ? manifest().filter((d) => d.kind === 'report').map((d) => d.path) : [];
  const real = hasCorpus ? readdirSync(corpusPath('real')).filter((f) => /\.(txt|html|md|pdf)$/.test(f)).map((f) => `real/${f}`) : [];
  it.each([...docs, ...real])('%s: the broken identities are the ones the rules reported', async (path) => {
    const { result } = audit(await loadDocument(corpusPath(path)));
    expect(brokenByRule(result)).toEqual(reported(result));
  });
});
