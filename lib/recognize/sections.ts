// The six section headings: an ordinal plus the section's keyword at the start of a text block,
// never inside a sentence (the introduction often names all six) and never in a table (spec §3.2).
// Crawler text that lost its line breaks has headings inside one long block; there they are found
// after a sentence end, with nothing but words between the ordinal and the keyword.

import { normalizeText } from '../standard/normalize';
import { SECTIONS, type SectionDef } from '../standard/sections';

export interface HeadingHit {
  def: SectionDef;
  /** Index of the text block holding the heading. */
  block: number;
  /** Offset of the heading in the block's text. */
  offset: number;
  /** The heading as printed (up to the keyword's clause end). */
  title: string;
}

const ORDINALS = '一二三四五六';
/** Ordinal, separator, then up to 30 characters of heading words. */
const HEAD = /([一二三四五六])\s*[、.．,，]\s*([^\d\n。；;：:]{2,40})/gu;

function headingTitle(text: string): string {
  const line = text.split(/\n/)[0]!.trim();
  const cut = line.search(/[。；;]/);
  return (cut > 0 ? line.slice(0, cut) : line).slice(0, 60).replace(/\s+/g, '');
}

/** A heading at the start of a block: the ordinal opens it and the keyword follows closely. */
function atStart(text: string): { def: SectionDef; title: string } | null {
  const t = normalizeText(text).trimStart();
  const m = /^([一二三四五六])\s*[、.．,，]\s*(.*)$/su.exec(t);
  if (!m) return null;
  const def = SECTIONS[ORDINALS.indexOf(m[1]!)]!;
  const rest = m[2]!.slice(0, 40);
  if (!def.matches(rest.replace(/\s+/g, ''))) return null;
  // A heading line is short, or its keyword comes within the first clause.
  const firstClause = rest.split(/[。；;，,]/)[0]!;
  if (!def.matches(firstClause.replace(/\s+/g, '')) && t.length > 60) return null;
  return { def, title: headingTitle(t) };
}

/** Headings inside a long block of run-together text. */
function inside(text: string): { def: SectionDef; offset: number; title: string }[] {
  const out: { def: SectionDef; offset: number; title: string }[] = [];
  const t = normalizeText(text);
  for (const m of t.matchAll(HEAD)) {
    const def = SECTIONS[ORDINALS.indexOf(m[1]!)]!;
    const before = t.slice(Math.max(0, m.index - 1), m.index);
    if (before && !/[\s。！？!?）)”"：:；;\]】]|[\d]/.test(before)) continue;
    const words = m[2]!.replace(/\s+/g, '');
    // The keyword must come within the heading's first words, not somewhere later in the text.
    const head = words.slice(0, 24);
    if (!def.matches(head)) continue;
    out.push({ def, offset: m.index, title: `${m[1]}、${head.slice(0, headEnd(def, head))}` });
  }
  return out;
}

/** Where a heading ends inside run-together text: after its last keyword-bearing clause. */
function headEnd(def: SectionDef, head: string): number {
  for (let n = 2; n <= head.length; n++) if (def.matches(head.slice(0, n))) return endOfPhrase(head, n);
  return head.length;
}

function endOfPhrase(head: string, n: number): number {
  const tail = head.slice(n);
  const m = /^(?:情况|事项|工作|措施)?/.exec(tail);
  return n + (m?.[0].length ?? 0);
}

/**
 * Find the headings in order. Each section is taken at its first heading after the previous
 * found section; block-start headings are preferred, headings inside long blocks are used only
 * when block starts give fewer than three sections (crawler text).
 */
export function findHeadings(texts: { index: number; text: string }[]): HeadingHit[] {
  const starts: HeadingHit[] = [];
  for (const { index, text } of texts) {
    const h = atStart(text);
    if (h) starts.push({ def: h.def, block: index, offset: 0, title: h.title });
  }
  let hits = starts;
  if (new Set(starts.map((h) => h.def.no)).size < 3) {
    hits = texts.flatMap(({ index, text }) => inside(text).map((h) => ({ ...h, block: index })));
  }
  return withMisnumbered(firstInOrder(hits), texts);
}

/**
 * A heading whose keyword is right but whose ordinal is not (一、主动公开政府信息情况 as the
 * second heading) still marks its section, when it stands where that section belongs.
 */
function withMisnumbered(hits: HeadingHit[], texts: { index: number; text: string }[]): HeadingHit[] {
  const out = [...hits];
  for (const def of SECTIONS) {
    if (out.some((h) => h.def.no === def.no)) continue;
    const after = out.filter((h) => h.def.no < def.no).at(-1)?.block ?? -1;
    const before = out.find((h) => h.def.no > def.no)?.block ?? Infinity;
    const found = texts.find(({ index, text }) => {
      if (index <= after || index >= before || out.some((h) => h.block === index)) return false;
      const m = /^([一二三四五六七八九十])\s*[、.．]\s*(.{2,40})$/su.exec(normalizeText(text).trim());
      return !!m && def.matches(m[2]!.replace(/\s+/g, '').split(/[。；;，,]/)[0]!);
    });
    if (found) out.push({ def, block: found.index, offset: 0, title: headingTitle(normalizeText(found.text)) });
  }
  return out.sort((a, b) => a.def.no - b.def.no);
}

function firstInOrder(hits: HeadingHit[]): HeadingHit[] {
  const out: HeadingHit[] = [];
  for (const h of hits) {
    if (out.some((o) => o.def.no === h.def.no)) continue;
    const last = out.at(-1);
    if (last && last.def.no > h.def.no) continue;
    out.push(h);
  }
  return out;
}
