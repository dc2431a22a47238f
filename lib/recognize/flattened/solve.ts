// Choosing among the readings of several digit runs jointly: sum rules that span runs (the
// column identities of table 三), then narrative figures to break the ties that remain.

export interface RunInput {
  id: string;
  cells: readonly string[];
  /** Readings that pass the run's own identities; at least one. */
  candidates: readonly (readonly number[])[];
}

/** sum(lhs) = sum(rhs). */
export interface SumRule {
  lhs: readonly string[];
  rhs: readonly string[];
}

/** A narrative figure: the sum of one of the alternative cell groups equals value. */
export interface Hint {
  alternatives: readonly (readonly string[])[];
  value: number;
}

export interface Solution {
  /** Cells every surviving reading agrees on; the others are uncertain. */
  values: Map<string, number>;
  /** Per run id: the distinct surviving readings. */
  readings: Map<string, number[][]>;
  /** Indices of the hints that removed readings. */
  usedHints: Set<number>;
  /** The sum rules could not all hold (or had too many combinations); runs were read alone. */
  unjoined: 'conflict' | 'too-many' | null;
}

const MAX_COMBOS = 200_000;
type Lookup = (cell: string) => number | undefined;

const sum = (cells: readonly string[], get: Lookup): number | undefined => {
  let s = 0;
  for (const c of cells) {
    const v = get(c);
    if (v === undefined) return undefined;
    s += v;
  }
  return s;
};

const ruleHolds = (r: SumRule, get: Lookup): boolean => sum(r.lhs, get) === sum(r.rhs, get);

/** True, false, or undefined when no alternative's cells are all read. */
function hintHolds(h: Hint, get: Lookup): boolean | undefined {
  let known = false;
  for (const alt of h.alternatives) {
    const s = sum(alt, get);
    if (s === undefined) continue;
    known = true;
    if (s === h.value) return true;
  }
  return known ? false : undefined;
}

export function solve(runs: readonly RunInput[], rules: readonly SumRule[], hints: readonly Hint[]): Solution {
  const owner = new Map<string, RunInput>();
  for (const run of runs) for (const c of run.cells) owner.set(c, run);
  const fixed = new Map<string, number>();
  for (const run of runs) if (run.candidates.length === 1) run.cells.forEach((c, i) => fixed.set(c, run.candidates[0]![i]!));

  const open = runs.filter((r) => r.candidates.length > 1);
  const usable = rules.filter((r) => [...r.lhs, ...r.rhs].every((c) => owner.has(c)));
  const openOf = (cells: readonly string[]): RunInput[] =>
    open.filter((run) => cells.some((c) => owner.get(c) === run));

  const solution: Solution = { values: new Map(fixed), readings: new Map(), usedHints: new Set(), unjoined: null };
  for (const group of components(open, usable.map((r) => openOf([...r.lhs, ...r.rhs])))) {
    const groupRules = usable.filter((r) => openOf([...r.lhs, ...r.rhs]).some((run) => group.includes(run)));
    const combos = enumerate(group, groupRules, fixed);
    if (combos === 'too-many' || combos.length === 0) {
      solution.unjoined = combos === 'too-many' ? 'too-many' : 'conflict';
      for (const run of group) settle([run], run.candidates.map((c) => [c]), hints, fixed, solution);
      continue;
    }
    settle(group, combos, hints, fixed, solution);
  }
  return solution;
}

/** Runs linked by a rule fall in one component (union–find over the open runs). */
function components(open: readonly RunInput[], links: readonly RunInput[][]): RunInput[][] {
  const parent = new Map(open.map((r) => [r, r]));
  const find = (r: RunInput): RunInput => {
    let p = parent.get(r)!;
    while (p !== parent.get(p)) p = parent.get(p)!;
    return p;
  };
  for (const link of links) for (const r of link.slice(1)) parent.set(find(r), find(link[0]!));
  const groups = new Map<RunInput, RunInput[]>();
  for (const r of open) groups.set(find(r), [...(groups.get(find(r)) ?? []), r]);
  return [...groups.values()];
}

/** Every combination of the group's readings under which the rules hold. */
function enumerate(group: readonly RunInput[], rules: readonly SumRule[], fixed: Map<string, number>): (readonly number[])[][] | 'too-many' {
  const size = group.reduce((n, r) => n * r.candidates.length, 1);
  if (size > MAX_COMBOS) return 'too-many';
  const out: (readonly number[])[][] = [];
  const chosen: (readonly number[])[] = [];
  const go = (i: number): void => {
    if (i === group.length) {
      const get = lookup(group, chosen, fixed);
      if (rules.every((r) => ruleHolds(r, get))) out.push([...chosen]);
      return;
    }
    for (const c of group[i]!.candidates) {
      chosen.push(c);
      go(i + 1);
      chosen.pop();
    }
  };
  go(0);
  return out;
}

function lookup(group: readonly RunInput[], chosen: readonly (readonly number[])[], fixed: Map<string, number>): Lookup {
  const m = new Map(fixed);
  group.forEach((run, i) => run.cells.forEach((c, j) => m.set(c, chosen[i]![j]!)));
  return (c) => m.get(c);
}

/** Narrow the combinations with the hints, then keep the cells they agree on. */
function settle(
  group: readonly RunInput[],
  combos: (readonly number[])[][],
  hints: readonly Hint[],
  fixed: Map<string, number>,
  solution: Solution,
): void {
  let live = combos;
  hints.forEach((h, idx) => {
    const verdicts = live.map((c) => hintHolds(h, lookup(group, c, fixed)));
    if (verdicts.some((v) => v === undefined)) return;
    const kept = live.filter((_, i) => verdicts[i]);
    if (kept.length > 0 && kept.length < live.length) {
      live = kept;
      solution.usedHints.add(idx);
    }
  });
  group.forEach((run, i) => {
    const distinct = new Map<string, number[]>();
    for (const c of live) distinct.set(c[i]!.join('/'), [...c[i]!]);
    solution.readings.set(run.id, [...distinct.values()]);
    run.cells.forEach((cell, j) => {
      const vals = new Set(live.map((c) => c[i]![j]));
      if (vals.size === 1) solution.values.set(cell, [...vals][0]!);
    });
  });
}
