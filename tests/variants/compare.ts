// The comparison of ../shared/tools/score.mjs, reimplemented for in-process use (its documented
// rules, exactly): detection, cells of the tables the truth marks found (1e-9; cells the truth
// notes call ambiguous-in-this-document pass when left null), table found flags, section found
// flags, and findings matched one to one on rule id and cell set (section-missing,
// period-mismatch, structure-variant on the rule id alone; table-missing/table-empty on the
// table; info findings and unknown rules ignored; optional truth findings never missed).
// On top of the scorer's verdict it sorts what went wrong for the harness' report: false
// errors and false warnings (output findings the truth does not have), misread cells (a number
// other than the truth's) and unread ones (null where the truth has a number).

import type { Truth, TruthFinding } from './types';

const KNOWN_RULES = new Set([
  'carryover-mismatch', 'in-force-chain', 'section-missing', 'table-missing', 'table-empty', 'cell-blank',
  'cell-invalid', 't3-balance', 't3-row-total', 't3-results-total', 't4-total', 'label-mismatch',
  'text-table-mismatch', 'period-mismatch', 'structure-variant',
]);
const RULE_ONLY = new Set(['section-missing', 'period-mismatch', 'structure-variant']);
const TABLE_RULES = new Set(['table-missing', 'table-empty']);
const TABLES = ['active', 'applications', 'reviews'] as const;

export interface OutFinding {
  rule?: unknown;
  severity?: unknown;
  message?: unknown;
  cells?: unknown;
  [k: string]: unknown;
}

export interface AuditOutput {
  report?: unknown;
  sections?: unknown;
  tables?: unknown;
  findings?: unknown;
}

export interface CellMiss {
  cell: string;
  expected: number | null;
  actual: unknown;
}

export interface Comparison {
  pass: boolean;
  /** Detected as a report (the audit has a non-null report). */
  detected: boolean;
  cells: { correct: number; total: number; misread: CellMiss[]; unread: CellMiss[] };
  tables: { table: string; expected: boolean; actual: boolean }[];
  sections: { no: number; expected: boolean; actual: boolean }[];
  findings: {
    matched: number;
    missed: TruthFinding[];
    extra: OutFinding[];
    /** Extra error findings: accusations the truth does not make. */
    falseErrors: OutFinding[];
    /**
     * Extra arithmetic errors that the truth makes with the same expected and actual values but
     * lists other cells for: a genuine error, not a false accusation (the scorer still fails it).
     */
    errorsWithOtherCells: OutFinding[];
    falseWarnings: OutFinding[];
  };
}

const ARITH = new Set(['t3-balance', 't3-row-total', 't3-results-total', 't4-total']);

/** The truth has this arithmetic error, listing other cells (e.g. 22 instead of 20 leaves). */
function sameErrorOtherCells(f: OutFinding, truth: TruthFinding[]): boolean {
  if (!ARITH.has(f.rule as string)) return false;
  const cells = new Set(cellsOf(f));
  return truth.some(
    (t) => t.rule === f.rule && t.expected === f.expected && t.actual === f.actual && t.cells.some((c) => cells.has(c)),
  );
}

const sameValue = (a: unknown, b: unknown): boolean => {
  const na = a === undefined ? null : a;
  const nb = b === undefined ? null : b;
  if (na === null || nb === null) return na === nb;
  return typeof na === 'number' && typeof nb === 'number' && Math.abs(na - nb) < 1e-9;
};

const cellsOf = (f: { cells?: unknown }): string[] =>
  Array.isArray(f?.cells) ? f.cells.filter((c): c is string => typeof c === 'string').map((c) => c.trim()) : [];

function matchFindings(truthF: TruthFinding[], outF: unknown) {
  const considered: OutFinding[] = [];
  for (const f of Array.isArray(outF) ? (outF as OutFinding[]) : []) {
    if (f && typeof f === 'object' && KNOWN_RULES.has(f.rule as string) && f.severity !== 'info') considered.push(f);
  }
  const used = new Array<boolean>(considered.length).fill(false);
  const matched: TruthFinding[] = [];
  const missed: TruthFinding[] = [];
  const tablesOf = (f: { cells?: unknown }) => [...new Set(cellsOf(f).map((c) => c.split(':')[0]))].sort().join(',');
  const cellKey = (f: { cells?: unknown }) => [...new Set(cellsOf(f))].sort().join(',');
  for (const t of truthF) {
    let hit = -1;
    for (let i = 0; i < considered.length && hit < 0; i++) {
      const o = considered[i]!;
      if (used[i] || o.rule !== t.rule) continue;
      if (RULE_ONLY.has(t.rule)) hit = i;
      else if (TABLE_RULES.has(t.rule)) {
        if (!cellsOf(o).length || !cellsOf(t).length || tablesOf(o) === tablesOf(t)) hit = i;
      } else if (cellKey(o) === cellKey(t)) hit = i;
    }
    if (hit >= 0) {
      used[hit] = true;
      matched.push(t);
    } else if (!t.optional) missed.push(t);
  }
  return { matched, missed, extra: considered.filter((_, i) => !used[i]) };
}

export function compare(truth: Truth, out: AuditOutput | null): Comparison {
  const detected = !!out && out.report !== null && out.report !== undefined;
  const r: Comparison = {
    pass: false,
    detected,
    cells: { correct: 0, total: 0, misread: [], unread: [] },
    tables: [],
    sections: [],
    findings: { matched: 0, missed: [], extra: [], falseErrors: [], errorsWithOtherCells: [], falseWarnings: [] },
  };
  if (!detected) {
    r.findings.missed = truth.findings.filter((f) => !f.optional);
    return r;
  }
  const ambiguous = new Set(
    (truth.notes?.uncertain_cells ?? []).filter((u) => u?.status === 'ambiguous-in-this-document').flatMap((u) => u.cells ?? []),
  );
  const ot = (out!.tables && typeof out!.tables === 'object' ? out!.tables : {}) as Record<string, { found?: unknown; cells?: Record<string, unknown> }>;
  let tablesOk = true;
  for (const t of TABLES) {
    const tt = truth.tables[t];
    const o = ot[t] && typeof ot[t] === 'object' ? ot[t]! : {};
    if (!!o.found !== !!tt.found) {
      tablesOk = false;
      r.tables.push({ table: t, expected: tt.found, actual: !!o.found });
    }
    if (!tt.found) continue;
    const oc = o.cells && typeof o.cells === 'object' ? o.cells : {};
    for (const [k, v] of Object.entries(tt.cells)) {
      r.cells.total++;
      const got = oc[k];
      const name = `${t}:${k}`;
      if (sameValue(v, got) || (ambiguous.has(name) && (got === null || got === undefined))) r.cells.correct++;
      else {
        const miss = { cell: name, expected: v, actual: got === undefined ? '(missing)' : got };
        if (got === null || got === undefined) r.cells.unread.push(miss);
        else r.cells.misread.push(miss);
      }
    }
  }
  const os = (Array.isArray(out!.sections) ? out!.sections : []) as { no?: unknown; found?: unknown }[];
  for (const s of truth.sections) {
    const o = os.find((x) => x && x.no === s.no);
    const found = !!(o && o.found);
    if (found !== s.found) r.sections.push({ no: s.no, expected: s.found, actual: found });
  }
  const m = matchFindings(truth.findings, out!.findings);
  r.findings = {
    matched: m.matched.length,
    missed: m.missed,
    extra: m.extra,
    falseErrors: m.extra.filter((f) => f.severity === 'error' && !sameErrorOtherCells(f, truth.findings)),
    errorsWithOtherCells: m.extra.filter((f) => f.severity === 'error' && sameErrorOtherCells(f, truth.findings)),
    falseWarnings: m.extra.filter((f) => f.severity === 'warning'),
  };
  r.pass =
    r.cells.correct === r.cells.total && tablesOk && r.sections.length === 0 && m.missed.length === 0 && m.extra.length === 0;
  return r;
}
