// Matching a printed label against the standard wording, tolerant of typos.

import { editDistance, normalizeLabel, stripNumbering } from '../standard/normalize';
import type { LabelDef } from '../standard/tables';

export type LabelMatch<T extends LabelDef> = { def: T; exact: boolean };

/** How many edits a label of this length may carry and still count as that label with a typo. */
function allowedEdits(len: number): number {
  if (len < 4) return 0;
  return Math.floor(len / 4);
}

const defCache = new WeakMap<LabelDef, { full: string; core: string }>();
function normalizedDef(def: LabelDef): { full: string; core: string } {
  let n = defCache.get(def);
  if (!n) defCache.set(def, (n = { full: stripNumbering(def.label), core: normalizeLabel(def.core) }));
  return n;
}

/** Printed label against one definition: exact (after normalisation), typo, or no match. */
export function compareLabel(printed: string, def: LabelDef): 'exact' | 'typo' | null {
  return compareStripped(stripNumbering(printed), def);
}

/** An item number inside a label ("止公开3.危及…"): two labels run together, not one with a typo. */
const INNER_NUMBER = /.(?:\d{1,2}\.(?!\d)|\([一二三四五六七八九十]\))/;

function compareStripped(p: string, def: LabelDef): 'exact' | 'typo' | null {
  if (!p) return null;
  const { full, core } = normalizedDef(def);
  if (p === full || p === core) return 'exact';
  // A long label cut short by a line or page wrap (the note in parentheses lost, or the rest of
  // the sentence on the next line) is the same label, not a typo.
  if (full.length > core.length && p.startsWith(core) && full.startsWith(p)) return 'exact';
  if (full.startsWith(p) && p.length >= Math.max(6, full.length / 2)) return 'exact';
  const target = p.length > core.length + 2 ? full : core;
  // A piece of the label (法提供 from a cell cut by a page break) is a fragment, not a typo.
  if (p.length < target.length && target.includes(p)) return null;
  const allowed = allowedEdits(target.length);
  if (Math.abs(p.length - target.length) > allowed || INNER_NUMBER.test(p)) return null;
  const d = editDistance(p, target);
  return d > 0 && d <= allowed ? 'typo' : null;
}

/** Best match of a printed label among definitions; exact beats typo; ties → null (ambiguous). */
export function matchLabel<T extends LabelDef>(printed: string, defs: readonly T[]): LabelMatch<T> | null {
  let typo: T | null = null;
  let typos = 0;
  const p = stripNumbering(printed);
  for (const def of defs) {
    const m = compareStripped(p, def);
    if (m === 'exact') return { def, exact: true };
    if (m === 'typo') {
      typo = def;
      typos++;
    }
  }
  return typo && typos === 1 ? { def: typo, exact: false } : null;
}

/** Whether the printed label carries list numbering (一、 (一) 1. …). */
export function hasNumbering(printed: string): boolean {
  return stripNumbering(printed) !== normalizeLabel(printed);
}
