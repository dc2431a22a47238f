// Crawler text whose table cells run together with no separators ("本年新收…数量640020470"):
// find the three standard tables, split each row's digits by the tables' identities, solve
// the rows jointly, and let narrative figures break the ties that remain. Cells that still
// admit several readings are left uncertain, with a doubt naming the readings.

import type { LabelDeviation } from '../../model/report';
import type { TableId } from '../../standard/tables';
import { ACTIVE_TABLE_ROWS, activeHeaderLabels, locateActive } from './active';
import { APPLICATION_RULES, APPLICATION_TABLE_ROWS, applicationHeaderLabels, locateApplications } from './applications';
import { decodeRows, type TableRow } from './decode';
import { findFigures } from './figures';
import type { Located } from './locate';
import { REVIEW_TABLE_ROWS, locateReviews, reviewHeaderLabels } from './reviews';
import type { SumRule } from './solve';
import { normText, sourceSlice, sourceSpan, tokenize, type NormText } from './text';
import type { FlattenedTable, FlattenedTables, NarrativeFigure } from './types';

export type { FlattenedTable, FlattenedTables, NarrativeFigure } from './types';

interface TableSpec {
  id: TableId;
  rows: readonly TableRow[];
  rules: readonly SumRule[];
  headerLabels: (nt: NormText, loc: Located) => LabelDeviation[];
}

/** How much of an unknown label a doubt quotes. */
const SHOWN_LABEL = 20;

const SPECS: readonly TableSpec[] = [
  { id: 'active', rows: ACTIVE_TABLE_ROWS, rules: [], headerLabels: activeHeaderLabels },
  { id: 'applications', rows: APPLICATION_TABLE_ROWS, rules: APPLICATION_RULES, headerLabels: applicationHeaderLabels },
  { id: 'reviews', rows: REVIEW_TABLE_ROWS, rules: [], headerLabels: reviewHeaderLabels },
];

/** The tables of the text, or null when it holds no flattened standard table. */
export function decodeFlattened(text: string): FlattenedTables | null {
  const nt = normText(text);
  const tokens = tokenize(nt);
  const located: Partial<Record<TableId, Located>> = {
    active: locateActive(nt, tokens) ?? undefined,
    applications: locateApplications(nt, tokens) ?? undefined,
    reviews: locateReviews(nt, tokens) ?? undefined,
  };
  const spans = Object.values(located).filter((l) => l !== undefined);
  if (spans.length === 0) return null;

  const figures = findFigures(nt, spans);
  const tables: FlattenedTables['tables'] = {};
  for (const spec of SPECS) {
    const loc = located[spec.id];
    if (loc) tables[spec.id] = readTable(nt, spec, loc, figures);
  }
  return { tables, figures };
}

function readTable(nt: NormText, spec: TableSpec, loc: Located, figures: NarrativeFigure[]): FlattenedTable {
  const own = figures.filter((f) => f.table === spec.id);
  const decoded = decodeRows(nt, {
    table: spec.id,
    rows: spec.rows,
    hits: loc.walk.hits,
    rules: spec.rules,
    hints: own.map((f) => ({ alternatives: f.alternatives, value: f.value })),
  });
  for (const i of decoded.usedHints) own[i]!.used = true;
  const skipped = loc.walk.skipped.map((s) =>
    ({ code: 'digits-skipped', table: spec.id, text: sourceSlice(nt, Math.max(s.start, s.end - SHOWN_LABEL), s.end), digits: s.digits }) as const,
  );
  return {
    id: spec.id,
    cells: decoded.cells,
    labels: [...spec.headerLabels(nt, loc), ...decoded.labels],
    doubts: [...skipped, ...decoded.doubts],
    span: sourceSpan(nt, loc.start, loc.end),
    variants: loc.walk.singles.length > 0 ? [{ code: 'single-other-row' }] : [],
    leftovers: loc.walk.skipped.length,
  };
}

