// The four arithmetic rules of the contract, computed from a truth's cells the way the corpus'
// reference checker does (truth/NOTES.md, spec §5.4, §6): a row, column or group with a blank
// (null) input is skipped; cells the document does not have (notes.absent_cells) leave the leaf
// set of t3-results-total and their row out of t3-row-total. Transforms that change cell values
// recompute these findings; build.ts first checks that this reproduces every source truth.

import { APPLICANTS, T3_COLUMNS, T3_LEAVES, T3_ROWS, T4_COLUMNS, T4_GROUPS, ref, t3 } from './keys';
import type { Truth, TruthFinding } from './types';

export const ARITH_RULES = new Set(['t3-balance', 't3-row-total', 't3-results-total', 't4-total']);

const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

export function absentCells(truth: Truth): Set<string> {
  return new Set(truth.notes?.absent_cells?.cells ?? []);
}

export function arithmeticFindings(truth: Truth): TruthFinding[] {
  const out: TruthFinding[] = [];
  const absent = absentCells(truth);
  const app = truth.tables.applications;
  const rev = truth.tables.reviews;
  const A = (key: string): number | null => app.cells[key] ?? null;
  const gone = (row: string): boolean => T3_COLUMNS.every((c) => absent.has(ref('applications', t3(row, c))));

  if (app.found) {
    for (const c of T3_COLUMNS) {
      const keys = [t3('new', c), t3('carried_in', c), t3('results.total', c), t3('carried_out', c)];
      const v = keys.map(A);
      if (v.some((x) => x === null)) continue;
      const [n, ci, rt, co] = v as [number, number, number, number];
      if (!near(n + ci, rt + co)) {
        out.push({
          rule: 't3-balance',
          severity: 'error',
          message: `${c}列：本年新收+上年结转=${n + ci}，办理结果总计+结转下年度=${rt + co}`,
          cells: keys.map((k) => ref('applications', k)),
          expected: n + ci,
          actual: rt + co,
        });
      }
    }
    for (const row of T3_ROWS) {
      if (gone(row)) continue;
      const keys = T3_COLUMNS.map((c) => t3(row, c));
      const v = keys.map(A);
      if (v.some((x) => x === null)) continue;
      const parts = sum(v.slice(0, APPLICANTS.length) as number[]);
      const total = v[APPLICANTS.length] as number;
      if (!near(parts, total)) {
        out.push({
          rule: 't3-row-total',
          severity: 'error',
          message: `${row}行：总计为${total}，六类申请人之和为${parts}`,
          cells: keys.map((k) => ref('applications', k)),
          expected: parts,
          actual: total,
        });
      }
    }
    const leaves = T3_LEAVES.filter((l) => !gone(l));
    for (const c of T3_COLUMNS) {
      const keys = [...leaves.map((l) => t3(l, c)), t3('results.total', c)];
      const v = keys.map(A);
      if (v.some((x) => x === null)) continue;
      const parts = sum(v.slice(0, -1) as number[]);
      const total = v[v.length - 1] as number;
      if (!near(parts, total)) {
        out.push({
          rule: 't3-results-total',
          severity: 'error',
          message: `${c}列：（七）总计为${total}，${leaves.length}项办理结果之和为${parts}`,
          cells: keys.map((k) => ref('applications', k)),
          expected: parts,
          actual: total,
        });
      }
    }
  }
  if (rev.found) {
    for (const g of T4_GROUPS) {
      const keys = T4_COLUMNS.map((c) => `${g}.${c}`);
      const v = keys.map((k) => rev.cells[k] ?? null);
      if (v.some((x) => x === null)) continue;
      const parts = sum(v.slice(0, 4) as number[]);
      const total = v[4] as number;
      if (!near(parts, total)) {
        out.push({
          rule: 't4-total',
          severity: 'error',
          message: `${g}：总计为${total}，结果维持+结果纠正+其他结果+尚未审结=${parts}`,
          cells: keys.map((k) => ref('reviews', k)),
          expected: parts,
          actual: total,
        });
      }
    }
  }
  return out;
}

export const findingKey = (f: Pick<TruthFinding, 'rule' | 'cells'>): string =>
  `${f.rule}|${[...new Set(f.cells)].sort().join(',')}`;
