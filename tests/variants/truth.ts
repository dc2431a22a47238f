// Exact truth adjustment for a variant. A transform starts from a copy of the source truth and
// says what it changed: cells the document no longer has (absent: null, listed in
// notes.absent_cells, dropped from the cell lists of findings), cells whose printed value
// changed, findings to add. finish() then recomputes the arithmetic findings when a cell
// changed, and keeps optional findings after the required ones of the same rule, because the
// scorer matches rule-only findings (structure-variant, section-missing) one to one in order.

import { ARITH_RULES, arithmeticFindings, findingKey } from './arith';
import type { CellValue, TableKey, Truth, TruthFinding } from './types';

/** Rules whose cell list names the cells a finding is about one by one. */
const LISTING_RULES = new Set(['cell-blank', 'cell-invalid']);

const splitRef = (r: string): [TableKey, string] => {
  const i = r.indexOf(':');
  return [r.slice(0, i) as TableKey, r.slice(i + 1)];
};

export class TruthEdit {
  readonly truth: Truth;
  private cellsChanged = false;
  private readonly changes: string[] = [];

  constructor(source: Truth) {
    this.truth = structuredClone(source);
    this.verifyArithmetic(source);
  }

  /** The cells are no longer in the document (a dropped row, merged sub-rows). */
  absent(refs: string[], why: string): this {
    const t = this.truth;
    for (const r of refs) {
      const [table, key] = splitRef(r);
      if (!(key in t.tables[table].cells)) throw new Error(`unknown cell ${r}`);
      if (t.tables[table].cells[key] !== null) this.cellsChanged = true;
      t.tables[table].cells[key] = null;
    }
    t.notes ??= {};
    const prev = t.notes.absent_cells?.cells ?? [];
    t.notes.absent_cells = {
      cells: [...new Set([...prev, ...refs])],
      why: 'the document prints no such row; null, reported by structure-variant and not by cell-blank',
    };
    const gone = new Set(refs);
    const kept: TruthFinding[] = [];
    for (const f of t.findings) {
      if (!f.cells.some((c) => gone.has(c))) kept.push(f);
      // A label heading a column keeps listing the column's cells even where a row is absent
      // (corpus precedent: real-pingtan-htp-2023, 先行有效件数 without a 规章 row); a label
      // that headed only the dropped cells is gone with them.
      else if (f.rule === 'label-mismatch') {
        if (!f.cells.every((c) => gone.has(c))) kept.push(f);
      } else if (LISTING_RULES.has(f.rule)) {
        const cells = f.cells.filter((c) => !gone.has(c));
        // With none of its cells left in the document (a label that headed only the dropped row),
        // the finding has nothing to be about.
        if (cells.length) kept.push({ ...f, cells });
      }
      // text-table-mismatch: the figure has nothing left to be compared with.
      // Arithmetic findings are recomputed by finish().
    }
    t.findings = kept;
    for (const u of t.notes.uncertain_cells ?? []) u.cells = u.cells.filter((c) => !gone.has(c));
    if (t.notes.uncertain_cells) t.notes.uncertain_cells = t.notes.uncertain_cells.filter((u) => u.cells.length);
    this.changes.push(`absent (null): ${refs.join(', ')} — ${why}`);
    return this;
  }

  /** A cell now holds another printed value (e.g. the sum of merged rows). */
  set(refName: string, value: CellValue): this {
    const [table, key] = splitRef(refName);
    if (!(key in this.truth.tables[table].cells)) throw new Error(`unknown cell ${refName}`);
    if (this.truth.tables[table].cells[key] !== value) {
      this.cellsChanged = true;
      this.changes.push(`${refName}: ${this.truth.tables[table].cells[key]} → ${value}`);
    }
    this.truth.tables[table].cells[key] = value;
    return this;
  }

  /**
   * The cells are printed as a placeholder ("—", "/"): blank (null), listed in the table's one
   * cell-blank finding (spec §7). A table left with no number at all is table-empty by the
   * contract's letter, yet a table of placeholders says "nothing to report": a judgement call,
   * so then table-empty and cell-blank are both optional.
   */
  placeholder(refs: string[], how: string): this {
    if (!refs.length) return this;
    const table = splitRef(refs[0]!)[0];
    if (refs.some((r) => splitRef(r)[0] !== table)) throw new Error('placeholder: cells of one table only');
    for (const r of refs) this.set(r, null);
    const t = this.truth;
    const absent = new Set(t.notes?.absent_cells?.cells ?? []);
    const keys = Object.keys(t.tables[table].cells).map((k) => `${table}:${k}`);
    const blank = keys.filter((k) => !absent.has(k) && cellOf(t, k) === null);
    const mine = (f: TruthFinding) => f.rule === 'cell-blank' && f.cells.length > 0 && f.cells.every((c) => splitRef(c)[0] === table);
    const before = t.findings.find(mine);
    t.findings = t.findings.filter((f) => !mine(f));
    const name = { active: '表二', applications: '表三', reviews: '表四' }[table];
    const message = `${name}有${blank.length}个单元格未填写（含占位符“${how}”）`;
    if (blank.length === keys.length - [...absent].filter((k) => k.startsWith(`${table}:`)).length) {
      t.findings.push({ rule: 'table-empty', severity: 'error', optional: true, message: `${name}全部为占位符“${how}”，没有任何数值`, cells: keys });
      t.findings.push({ rule: 'cell-blank', severity: 'warning', optional: true, message, cells: blank });
      this.changes.push(`${refs.length} cells printed “${how}”: the whole table is placeholders — table-empty or cell-blank, both optional`);
    } else {
      t.findings.push({ rule: 'cell-blank', severity: 'warning', message, cells: blank, ...(before?.optional ? { optional: true } : {}) });
      this.changes.push(`${refs.length} cells printed “${how}”: null, in the table's cell-blank (${blank.length} cells)`);
    }
    return this;
  }

  /** The document cannot settle these cells: a tool may leave them null (score.mjs excuses it). */
  ambiguous(refs: string[], why: string): this {
    const t = this.truth;
    t.notes ??= {};
    t.notes.uncertain_cells = [...(t.notes.uncertain_cells ?? []), { cells: refs, status: 'ambiguous-in-this-document', why }];
    this.changes.push(`ambiguous (null accepted): ${refs.join(', ')} — ${why}`);
    return this;
  }

  find(f: Omit<TruthFinding, 'severity'> & { severity?: TruthFinding['severity'] }): this {
    const severity = f.severity ?? 'warning';
    this.truth.findings.push({ ...f, severity });
    this.changes.push(`${f.optional ? 'optional ' : ''}finding ${f.rule}${f.cells.length ? ` [${f.cells.length} cells]` : ''}: ${f.message}`);
    return this;
  }

  structureVariant(message: string): this {
    return this.find({ rule: 'structure-variant', severity: 'warning', message, cells: [] });
  }

  sectionTitle(no: number, title: string): this {
    const s = this.truth.sections.find((x) => x.no === no);
    if (!s) throw new Error(`no section ${no} in truth`);
    this.changes.push(`section ${no} title: ${s.title} → ${title}`);
    s.title = title;
    return this;
  }

  note(change: string): this {
    this.changes.push(change);
    return this;
  }

  finish(transform: string, description: string, source: string): Truth {
    const t = this.truth;
    if (this.cellsChanged) {
      const before = new Map(t.findings.filter((f) => ARITH_RULES.has(f.rule)).map((f) => [findingKey(f), f]));
      const fresh = arithmeticFindings(t).map((f) => {
        const old = before.get(findingKey(f));
        return old && old.expected === f.expected && old.actual === f.actual ? old : f;
      });
      t.findings = [...t.findings.filter((f) => !ARITH_RULES.has(f.rule)), ...fresh];
    }
    t.findings = [...t.findings.filter((f) => !f.optional), ...t.findings.filter((f) => f.optional)];
    t.notes ??= {};
    t.notes.variant = { transform, description, source, changes: this.changes.length ? this.changes : ['no reading changes'] };
    return t;
  }

  /** Recomputing is exact only if it reproduces the source truth; say so loudly otherwise. */
  private verifyArithmetic(source: Truth): void {
    const sig = (fs: TruthFinding[]) => fs.map((f) => `${findingKey(f)}|${f.expected}|${f.actual}`).sort().join('\n');
    const mine = sig(arithmeticFindings(source));
    const theirs = sig(source.findings.filter((f) => ARITH_RULES.has(f.rule)));
    if (mine !== theirs) {
      throw new Error(`variant harness: the arithmetic of ${source.source.name} does not reproduce its truth:\n${mine}\n≠\n${theirs}`);
    }
  }
}

export const cellOf = (truth: Truth, refName: string): CellValue => {
  const [table, key] = splitRef(refName);
  return truth.tables[table].cells[key] ?? null;
};
