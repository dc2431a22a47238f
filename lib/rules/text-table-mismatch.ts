// A figure in the narrative that no reasonable reading of the tables gives (spec §9.1). Readings
// with a cell that is not a usable number are not evaluated; without the primary reading the
// claim is skipped. A figure about part of the organ or a wider area, or one the sentence may
// count differently (a clean-up campaign), is a question (info); such a figure that adds up with
// another figure of its sentence to the table's value agrees (393 + 77 = 470).

import type { RecognizedReport } from '../model/report';
import { parseCellRef } from '../standard/tables';
import type { Claim, Reading } from '../model/claim';
import { usableNumber } from './cells';
import { defineRule, type RawFinding } from './types';

/** The claim plus another figure of the same sentence and text gives the table's value. */
function addsUp(claim: Claim, claims: readonly Claim[], expected: number): boolean {
  return claims.some((c) => c !== claim && c.text === claim.text && c.sentence === claim.sentence && c.value + claim.value === expected);
}

function evaluate(report: RecognizedReport, reading: Reading): number | null {
  let total = 0;
  for (const term of reading) {
    const at = parseCellRef(term.ref);
    if (!at) return null;
    const v = usableNumber(at.table, at.key, report.tables[at.table].cells[at.key]);
    if (v === null || !report.tables[at.table].found) return null;
    total += term.sign * v;
  }
  // Fees aside, every compared cell is an integer; keep float noise out of the comparison anyway.
  return Math.round(total * 100) / 100;
}

export const textTableMismatch = defineRule({
  id: 'text-table-mismatch',
  severity: 'warning',
  category: 'text',
  contract: true,
  docs: { spec: '§9.1' },
  description: {
    zh: '正文中的数字是否与表格一致',
    en: 'Figures in the text agree with the tables',
  },
  messages: {
    default: {
      zh: '正文“{quote}”与表格数值{expected}不一致',
      en: 'The text says "{quote}" ({actual}), the table gives {expected}',
    },
    scope: {
      zh: '正文“{quote}”为{actual}，表格数值为{expected}：两者的统计范围可能不同，请核对',
      en: 'The text says "{quote}" ({actual}), the table gives {expected}: they may cover different scopes; please check',
    },
  },
  check(report) {
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    const claims = report.claims;
    for (const claim of claims) {
      const [primary, ...others] = claim.readings;
      if (!primary) continue;
      const expected = evaluate(report, primary);
      if (expected === null || expected === claim.value) continue;
      if (others.some((r) => evaluate(report, r) === claim.value)) continue;
      const aside = claim.scope !== 'report' || claim.certainty === 'unsure';
      if (aside && addsUp(claim, claims, expected)) continue;
      const cells = primary.filter((t) => t.sign > 0).map((t) => t.ref);
      const key = `${claim.quote}|${cells.join()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        cells,
        expected,
        actual: claim.value,
        message: aside ? 'scope' : 'default',
        ...(aside && { severity: 'info' as const }),
        data: { quote: claim.quote, expected, actual: claim.value },
      });
    }
    return out;
  },
});
