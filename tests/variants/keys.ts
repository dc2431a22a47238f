// Cell keys of the audit JSON contract (../shared/spec/audit-json.md), typed out here so the
// harness does not depend on the code it measures.

export const APPLICANTS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'] as const;
export const T3_COLUMNS = [...APPLICANTS, 'total'] as const;

/** Table 三's 21 leaf rows under 三、本年度办理结果, in printed order. */
export const T3_LEAVES = [
  'results.disclosed',
  'results.partial',
  'results.withheld.secret',
  'results.withheld.law',
  'results.withheld.safety',
  'results.withheld.third_party',
  'results.withheld.internal',
  'results.withheld.process',
  'results.withheld.enforcement',
  'results.withheld.query',
  'results.unavailable.not_held',
  'results.unavailable.needs_creation',
  'results.unavailable.unclear',
  'results.rejected.complaint',
  'results.rejected.repeat',
  'results.rejected.publication',
  'results.rejected.excessive',
  'results.rejected.confirmation',
  'results.other.no_correction',
  'results.other.no_fee',
  'results.other.other',
] as const;

export const T3_ROWS = ['new', 'carried_in', ...T3_LEAVES, 'results.total', 'carried_out'] as const;

/** The groups of leaf rows under a group label (（三）…（六）), for subtotals. */
export const T3_GROUPS: Record<string, readonly string[]> = {
  withheld: T3_LEAVES.slice(2, 10),
  unavailable: T3_LEAVES.slice(10, 13),
  rejected: T3_LEAVES.slice(13, 18),
  other: T3_LEAVES.slice(18, 21),
};

export const T4_GROUPS = ['review', 'suit_direct', 'suit_after_review'] as const;
export const T4_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;

export const t3 = (row: string, col: string): string => `${row}.${col}`;
export const ref = (table: string, key: string): string => `${table}:${key}`;
