// Table 三 in flattened text: 25 rows of seven cells, split by the row identity
// (总计 = the six applicant columns) and solved jointly with the column identities.

import { normalizeLabel } from '../../standard/normalize';
import {
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  APPLICATION_CORNER_NOTE,
  APPLICATION_GROUPS,
  APPLICATION_HEADER_LABELS,
  APPLICATION_ROWS,
  RESULT_LEAVES,
} from '../../standard/tables';
import type { LabelDeviation } from '../../model/report';
import type { TableRow } from './decode';
import { headerDeviations } from './header';
import { locateRows, type Located } from './locate';
import type { SumRule } from './solve';
import type { NormText, Token } from './text';

const rowSum = (p: readonly number[]): boolean => p.length < 7 || p[6] === p.slice(0, 6).reduce((a, b) => a + b, 0);

export const APPLICATION_TABLE_ROWS: readonly TableRow[] = APPLICATION_ROWS.map((r) => ({
  core: normalizeLabel(r.core),
  cells: APPLICANT_COLUMNS.map((c) => `${r.key}.${c.key}`),
  key: r.key,
  official: r.label,
  identity: rowSum,
}));

const GROUPS = APPLICATION_GROUPS.map((g) => normalizeLabel(g.core));
const HEADER = [...APPLICATION_HEADER_LABELS, ...APPLICANT_COLUMNS.map((c) => c.label), APPLICATION_CORNER_NOTE].map(
  normalizeLabel,
);

/** The column identities: t3-balance and t3-results-total, per column. */
export const APPLICATION_RULES: readonly SumRule[] = [...APPLICANT_PARTS, 'total'].flatMap((c) => [
  { lhs: [`new.${c}`, `carried_in.${c}`], rhs: [`results.total.${c}`, `carried_out.${c}`] },
  { lhs: [`results.total.${c}`], rhs: RESULT_LEAVES.map((l) => `${l}.${c}`) },
]);

/** A table 三 needs at least this many of its 25 rows. */
const MIN_ROWS = 12;

const OTHER_ROWS = APPLICATION_ROWS.flatMap((r, i) => (r.key.startsWith('results.other.') ? [i] : []));
/** （六）其他处理 printed as one row (2019 layout): the contract reads it into results.other.other. */
const SINGLE_OTHER = {
  core: normalizeLabel(APPLICATION_GROUPS.find((g) => g.key === 'results.other')!.core),
  rows: OTHER_ROWS,
  into: APPLICATION_ROWS.findIndex((r) => r.key === 'results.other.other'),
};

export const locateApplications = (nt: NormText, tokens: readonly Token[]): Located | null =>
  locateRows(nt, tokens, { rows: APPLICATION_TABLE_ROWS, groups: GROUPS, header: HEADER, minRows: MIN_ROWS, singles: [SINGLE_OTHER] });

/** Column headers printed with a typo ("商业企亚"): the whole column. */
export const applicationHeaderLabels = (nt: NormText, loc: Located): LabelDeviation[] =>
  headerDeviations(nt, loc.header, (word) => {
    const col = APPLICANT_COLUMNS.find((c) => normalizeLabel(c.label) === word);
    return col ? { label: col.label, cells: APPLICATION_ROWS.map((r) => `${r.key}.${col.key}`) } : null;
  });
