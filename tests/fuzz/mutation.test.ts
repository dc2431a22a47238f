// A few hundred cases of the seeded mutation fuzzer (scripts/fuzz.ts runs ten thousand and more):
// every damaged corpus file ends as an audit or a clean "cannot read", never an internal error,
// within the test's time limit.

import { describe, expect, it } from 'vitest';
import { auditInput } from '../../lib/cli/audit-one';
import { EXIT } from '../../lib/cli/run';
import { CORPUS, hasCorpus } from '../helpers/corpus';
import { loadSeeds, makeCase } from './mutate';

const CASES = 240;
const seeds = hasCorpus ? loadSeeds(CORPUS) : [];

describe.skipIf(!hasCorpus)('mutation fuzzer (CI share)', () => {
  it('generates the same case from the same seed and number', () => {
    expect(makeCase(seeds, 7, 42)).toEqual(makeCase(seeds, 7, 42));
    expect(makeCase(seeds, 7, 42).label).not.toBe(makeCase(seeds, 7, 43).label);
  });

  it.each(Array.from({ length: CASES / 20 }, (_, k) => k))('cases %i×20…: no internal error, documented exit codes', async (block) => {
    for (let i = block * 20; i < block * 20 + 20; i++) {
      const c = makeCase(seeds, 20261130, i);
      const outcome = await auditInput('-', 'zh', c.bytes);
      expect([0, 1, 2, 3], `case ${i} (${c.label}): ${outcome.error}`).toContain(EXIT[outcome.status]);
    }
  }, 120_000);
});
