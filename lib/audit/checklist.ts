// What an audit verified, counted from the audit JSON itself: the sections and tables found, and
// the arithmetic identities (勾稽关系) that could be evaluated and hold. A clean verdict then says
// what was checked instead of only that nothing was found. The identities are those of the
// arithmetic rules (t3-balance, t3-row-total, t3-results-total, t4-total); a test checks that the
// instances counted as broken here are exactly those the rules reported.

import {
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  APPLICATION_ROWS,
  RESULT_LEAVES,
  REVIEW_GROUPS,
  REVIEW_PARTS,
  type TableId,
} from '../standard/tables';
import type { AuditResult } from './schema';

export interface Identity {
  /** The rule that reports the identity when it fails. */
  rule: 't3-balance' | 't3-row-total' | 't3-results-total' | 't4-total';
  table: TableId;
  /** Cell keys whose sum must equal the sum of `right`. */
  left: readonly string[];
  right: readonly string[];
}

const OTHER_LEAVES = RESULT_LEAVES.filter((k) => k.startsWith('results.other.'));

/** Every identity instance of the 2021 format; `singleOtherRow`: （六） printed as one row. */
export function identities(singleOtherRow = false): Identity[] {
  const leaves = singleOtherRow ? [...RESULT_LEAVES.filter((k) => !OTHER_LEAVES.includes(k)), 'results.other.other'] : RESULT_LEAVES;
  const out: Identity[] = [];
  for (const { key: c } of APPLICANT_COLUMNS) {
    out.push({ rule: 't3-balance', table: 'applications', left: [`new.${c}`, `carried_in.${c}`], right: [`results.total.${c}`, `carried_out.${c}`] });
  }
  for (const { key: r } of APPLICATION_ROWS) {
    out.push({ rule: 't3-row-total', table: 'applications', left: APPLICANT_PARTS.map((c) => `${r}.${c}`), right: [`${r}.total`] });
  }
  for (const { key: c } of APPLICANT_COLUMNS) {
    out.push({ rule: 't3-results-total', table: 'applications', left: leaves.map((l) => `${l}.${c}`), right: [`results.total.${c}`] });
  }
  for (const { key: g } of REVIEW_GROUPS) {
    out.push({ rule: 't4-total', table: 'reviews', left: REVIEW_PARTS.map((c) => `${g}.${c}`), right: [`${g}.total`] });
  }
  return out;
}

export type IdentityState = 'holds' | 'fails' | 'unchecked';

/** An identity over the audit's cells: unchecked when a cell is not a usable number (null). */
export function identityState(result: AuditResult, id: Identity): IdentityState {
  const cells = result.tables[id.table].cells as Record<string, number | null>;
  const sum = (keys: readonly string[]): number | null => {
    let total = 0;
    for (const k of keys) {
      const v = cells[k];
      if (v === null || v === undefined) return null;
      total += v;
    }
    return total;
  };
  const left = sum(id.left);
  const right = sum(id.right);
  if (left === null || right === null || !result.tables[id.table].found) return 'unchecked';
  return left === right ? 'holds' : 'fails';
}

export interface Checklist {
  sections: { found: number; total: number };
  tables: { found: number; total: number };
  identities: { holds: number; fails: number; checked: number; total: number };
}

export function checklistOf(result: AuditResult): Checklist {
  const singleOtherRow = result.findings.some((f) => f.messageId === 'structure-variant.single-other-row');
  const all = identities(singleOtherRow);
  const states = all.map((id) => identityState(result, id));
  const holds = states.filter((s) => s === 'holds').length;
  const fails = states.filter((s) => s === 'fails').length;
  const tables = Object.values(result.tables);
  return {
    sections: { found: result.sections.filter((s) => s.found).length, total: result.sections.length },
    tables: { found: tables.filter((t) => t.found).length, total: tables.length },
    identities: { holds, fails, checked: holds + fails, total: all.length },
  };
}
