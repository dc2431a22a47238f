// Table 四 in flattened text: the header, then one run of 15 cells split by the group identity
// (总计 = the four results) of 行政复议, 未经复议直接起诉 and 复议后起诉.

import { normalizeLabel } from '../../standard/normalize';
import { REVIEW_COLUMNS, REVIEW_GROUPS, REVIEW_HEADER_LABELS } from '../../standard/tables';
import type { LabelDeviation } from '../../model/report';
import type { TableRow } from './decode';
import { headerDeviations } from './header';
import { headerStart } from './labels';
import type { Located } from './locate';
import type { NormText, NumToken, Token } from './text';
import type { Walk } from './walk';

const GROUP_SIZE = REVIEW_COLUMNS.length;

/** Each group's total equals its four results; checked as soon as a group is complete. */
const groupSums = (p: readonly number[]): boolean => {
  if (p.length % GROUP_SIZE !== 0) return true;
  const g = p.slice(-GROUP_SIZE);
  return g[GROUP_SIZE - 1] === g.slice(0, -1).reduce((a, b) => a + b, 0);
};

/** The whole table is one row of 15 cells. */
export const REVIEW_TABLE_ROWS: readonly TableRow[] = [
  {
    core: '',
    cells: REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => `${g.key}.${c.key}`)),
    key: null,
    official: '',
    identity: groupSums,
  },
];

const HEADER = [...REVIEW_HEADER_LABELS, ...REVIEW_GROUPS.map((g) => g.label), ...REVIEW_COLUMNS.map((c) => c.label)].map(
  normalizeLabel,
);
const REQUIRED = ['结果维持', '尚未审结'];

/** The first run of digits right after a header that names the review columns. */
export function locateReviews(nt: NormText, tokens: readonly Token[]): Located | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const n = tokens[i + 1]!;
    if (t.kind !== 'text' || n.kind !== 'num' || !REQUIRED.some((w) => t.text.includes(w))) continue;
    const head = headerStart(nt.text, t.end, t.start, HEADER);
    const words = head.items.map((h) => h.word);
    if (!REQUIRED.every((w) => words.includes(w)) || !words.some((w) => w.includes('诉讼') || w.includes('起诉'))) continue;
    const walk: Walk = {
      hits: [{ state: 'values', num: n as NumToken, label: { start: head.start, end: head.start }, typo: false }],
      singles: [],
      start: head.start,
      end: n.end,
      matched: 1,
      skipped: [],
    };
    return { walk, start: head.start, end: n.end, header: head.items };
  }
  return null;
}

/**
 * Header words printed with a typo. The k-th 结果维持 … 总计 heads group k (行政复议, then the two
 * kinds of 行政诉讼), as the header rows are printed row by row.
 */
export const reviewHeaderLabels = (nt: NormText, loc: Located): LabelDeviation[] =>
  headerDeviations(nt, loc.header, (word, nth) => {
    const col = REVIEW_COLUMNS.find((c) => normalizeLabel(c.label) === word);
    const group = col ? REVIEW_GROUPS[nth] : REVIEW_GROUPS.find((g) => normalizeLabel(g.label) === word);
    if (!group) return null;
    if (col) return { label: col.label, cells: [`${group.key}.${col.key}`] };
    return { label: group.label, cells: REVIEW_COLUMNS.map((c) => `${group.key}.${c.key}`) };
  });
