// The six section headings (spec §3.2). A heading is a block that opens with a numbering mark in
// one of the styles publishers use (一、 / 第一部分 / 1. / （一） / none for a short heading line)
// followed, in its first clause, by the section's keyword. The document's own numbering style is
// the one that names the most sections by their right ordinal; headings of other styles are used
// only where that style left a gap, so the （一）主动公开情况 of section 一 never passes for section 二.
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

export interface HeadingText {
  index: number;
  text: string;
  /** Marked up as a heading (h1–h6, a bold line) by the source. */
  heading?: boolean;
}

type Style = 'cn' | 'part' | 'arabic' | 'paren' | 'plain';
/** Tie-break between styles that name as many sections: the common one first. */
const STYLE_ORDER: readonly Style[] = ['cn', 'part', 'arabic', 'paren', 'plain'];

interface Candidate extends HeadingHit {
  style: Style;
  /** The number the heading prints (一 → 1), null when it prints none. */
  ordinal: number | null;
  /**
   * The heading's words name the section. False for a numbered heading in the publisher's own
   * words (一、年度工作核心成效): a section only by its number, and only where that number belongs.
   */
  named: boolean;
}

const CN_DIGITS = '一二三四五六七八九十';
const toNumber = (s: string): number => (/\d/.test(s) ? Number(s) : CN_DIGITS.indexOf(s) + 1);

const PREFIXES: readonly { style: Style; re: RegExp }[] = [
  { style: 'part', re: /^第\s*([一二三四五六七八九十]|\d{1,2})\s*(?:部分|章|节)\s*[、.,:：]?\s*/u },
  { style: 'cn', re: /^([一二三四五六七八九十])\s*[、.,]\s*/u },
  { style: 'paren', re: /^\(\s*([一二三四五六七八九十])\s*\)\s*[、.,]?\s*/u },
  { style: 'arabic', re: /^(\d{1,2})\s*(?:[、.](?!\d)|\s)\s*/u },
];

/** A heading line without numbering is short and no sentence. */
const PLAIN_MAX = 30;
/** The first clause of a heading: a heading is a title, not a paragraph that mentions the keyword. */
const CLAUSE_MAX = 40;

function firstClause(rest: string): string {
  return rest.split(/[。；;，,：:!?！？]/)[0]!.replace(/\s+/g, '');
}

function headingTitle(text: string): string {
  const line = text.split(/\n/)[0]!.trim();
  const cut = line.search(/[。；;]/);
  return (cut > 0 ? line.slice(0, cut) : line).slice(0, 60).replace(/\s+/g, '');
}

/** Sections whose keyword the heading words name, the one its ordinal points at first. */
function sectionsNamed(words: string, ordinal: number | null): SectionDef[] {
  const defs = SECTIONS.filter((d) => d.matches(words));
  return defs.sort((a, b) => Number(b.no === ordinal) - Number(a.no === ordinal));
}

/** Heading candidates at the start of a text block. */
function atStart(t: HeadingText): Candidate[] {
  const text = normalizeText(t.text).trim();
  for (const { style, re } of PREFIXES) {
    const m = re.exec(text);
    if (!m) continue;
    const clause = firstClause(text.slice(m[0].length));
    if (clause.length < 2 || clause.length > CLAUSE_MAX || /^\d/.test(clause)) return [];
    const ordinal = toNumber(m[1]!);
    const title = headingTitle(text);
    const named = sectionsNamed(clause, ordinal).map((def) => ({ def, block: t.index, offset: 0, title, style, ordinal, named: true }));
    return named.length > 0 || !numberedOnly(clause, ordinal) ? named : [{ def: SECTIONS[ordinal - 1]!, block: t.index, offset: 0, title, style, ordinal, named: false }];
  }
  const line = text.replace(/\s+/g, '');
  const short = line.length <= PLAIN_MAX && !/[。；;，,]/.test(line);
  if (!short && !(t.heading && line.length <= CLAUSE_MAX)) return [];
  if (/\d/.test(line)) return [];
  return sectionsNamed(line, null).map((def) => ({ def, block: t.index, offset: 0, title: line, style: 'plain' as const, ordinal: null, named: true }));
}

/** Heading words short enough to be a title in the publisher's own words, under an ordinal of the six. */
const numberedOnly = (words: string, ordinal: number): boolean => ordinal >= 1 && ordinal <= 6 && words.length >= 2 && words.length <= 16;

/** Ordinal, separator, then up to 40 characters of heading words. */
const HEAD_CN = /([一二三四五六七八九十])\s*[、.,]\s*([^\d\n。；;：:]{2,40})/gu;
const HEAD_PART = /第\s*([一二三四五六])\s*部分\s*[、.,:：]?\s*([^\d\n。；;：:]{2,40})/gu;
/**
 * Unnumbered headings inside run-together text can only be told by their full wording: the
 * official titles and the variants publishers use.
 */
const PLAIN_TITLES: readonly RegExp[] = [
  /(?:政府信息公开(?:工作)?)?总体情况/u,
  /(?:行政机关)?主动公开政府信息(?:的)?情况/u,
  /(?:行政机关)?收到和处理政府信息公开申请(?:的)?情况/u,
  /(?:因)?政府信息公开(?:工作)?(?:被申请)?行政.?复议[、和与及]?(?:提起)?行政诉讼(?:的)?情况/u,
  /(?:政府信息公开(?:工作)?)?(?:中)?存在的?(?:主要)?问题(?:及|和|与)(?:改进|整改)(?:情况|措施)/u,
  /(?:其[他它]需要报告的事项|需要说明的其[他它]事项)/u,
];

/** What may stand right before a heading inside run-together text: a sentence end, a table's last digits. */
const HEAD_BEFORE = /[\s。！？!?）)”"：:；;\]】]|[\d]/;

/** Headings inside a long block of run-together text. */
function inside(t: HeadingText): Candidate[] {
  const out: Candidate[] = [];
  const text = normalizeText(t.text);
  const before = (at: number) => text.slice(Math.max(0, at - 1), at);
  for (const [style, re] of [['cn', HEAD_CN], ['part', HEAD_PART]] as const) {
    for (const m of text.matchAll(re)) {
      const prev = before(m.index);
      if (prev && !HEAD_BEFORE.test(prev)) continue;
      const words = m[2]!.replace(/\s+/g, '');
      // The keyword must come within the heading's first words, not somewhere later in the text.
      // The heading ends at its first bracket or comma (一、年度工作核心成效（一）主动公开…).
      const head = words.slice(0, 24).split(/[(（,，;；]/)[0]!;
      const ordinal = toNumber(m[1]!);
      const mark = m[0].slice(0, m[0].length - m[2]!.length).trim();
      const defs = sectionsNamed(head, ordinal);
      for (const def of defs) out.push({ def, block: t.index, offset: m.index, title: `${mark}${head.slice(0, headEnd(def, head))}`, style, ordinal, named: true });
      const own = head;
      if (defs.length === 0 && numberedOnly(own, ordinal)) {
        out.push({ def: SECTIONS[ordinal - 1]!, block: t.index, offset: m.index, title: `${mark}${own}`, style, ordinal, named: false });
      }
    }
  }
  PLAIN_TITLES.forEach((re, i) => {
    for (const m of text.matchAll(new RegExp(re.source, 'gu'))) {
      const prev = before(m.index);
      if (prev && !HEAD_BEFORE.test(prev)) continue;
      out.push({ def: SECTIONS[i]!, block: t.index, offset: m.index, title: m[0], style: 'plain', ordinal: null, named: true });
    }
  });
  return out.sort((a, b) => a.offset - b.offset);
}

/** Where a heading ends inside run-together text: after its last keyword-bearing clause. */
function headEnd(def: SectionDef, head: string): number {
  for (let n = 2; n <= head.length; n++) if (def.matches(head.slice(0, n))) return endOfPhrase(head, n);
  return head.length;
}

function endOfPhrase(head: string, n: number): number {
  const m = /^(?:情况|事项|工作|措施)?/.exec(head.slice(n));
  return n + (m?.[0].length ?? 0);
}

const pos = (h: HeadingHit): number => h.block * 1e7 + h.offset;

/** The numbering style that names the most sections by their right ordinal. */
function dominantStyle(cands: readonly Candidate[]): Style | null {
  let best: Style | null = null;
  let top = 0;
  for (const style of STYLE_ORDER) {
    const named = new Set(cands.filter((c) => c.named && c.style === style && (c.ordinal === null || c.ordinal === c.def.no)).map((c) => c.def.no));
    if (named.size > top) {
      top = named.size;
      best = style;
    }
  }
  return best;
}

/**
 * One heading per section, in passes of falling evidence:
 * 1. the document's style, right ordinal, the section's words — in document order where it can be
 *    (the first after the previous section; out of order only when none follows: sections swapped);
 * 2. in the gap between the section's found neighbours: the section's words under the same style
 *    misnumbered (一、主动公开… as the second heading), another style with the right ordinal, or
 *    an unnumbered title line;
 * 3. anywhere not taken: the section's words under the document's style (misnumbered and out of
 *    order: 五、信息处理费收取情况 before 六、存在的主要问题…);
 * 4. in the gap: the document's style with the right ordinal in the publisher's own words
 *    (一、年度工作核心成效 before 二、主动公开…).
 */
function choose(cands: readonly Candidate[]): HeadingHit[] {
  const style = dominantStyle(cands);
  if (!style) return [];
  const chosen = new Map<number, Candidate>();
  const taken = (c: Candidate) => [...chosen.values()].some((x) => x.block === c.block && x.offset === c.offset);
  let last = -1;
  for (const def of SECTIONS) {
    const own = cands.filter((c) => c.named && c.def === def && c.style === style && (c.ordinal === null || c.ordinal === def.no));
    const pick = own.find((c) => pos(c) > last && !taken(c)) ?? own.find((c) => !taken(c));
    if (!pick) continue;
    chosen.set(def.no, pick);
    if (pos(pick) > last) last = pos(pick);
  }
  const inGap = (def: SectionDef, c: Candidate) => {
    const before = Math.max(-1, ...[...chosen.values()].filter((x) => x.def.no < def.no).map(pos));
    const afterAll = [...chosen.values()].filter((x) => x.def.no > def.no).map(pos);
    const after = afterAll.length ? Math.min(...afterAll) : Infinity;
    return c.def === def && pos(c) > before && pos(c) < after && !taken(c);
  };
  const fill = (pass: (def: SectionDef) => Candidate | undefined) => {
    for (const def of SECTIONS) {
      if (chosen.has(def.no)) continue;
      const pick = pass(def);
      if (pick) chosen.set(def.no, pick);
    }
  };
  fill(
    (def) =>
      cands.find((c) => c.named && inGap(def, c) && c.style === style) ??
      cands.find((c) => c.named && inGap(def, c) && c.ordinal === def.no) ??
      cands.find((c) => c.named && inGap(def, c) && c.style === 'plain'),
  );
  fill((def) => cands.find((c) => c.named && c.def === def && c.style === style && !taken(c)));
  fill((def) => cands.find((c) => !c.named && inGap(def, c) && c.style === style && c.ordinal === def.no));
  return [...chosen.values()].sort((a, b) => a.def.no - b.def.no).map(({ def, block, offset, title }) => ({ def, block, offset, title }));
}

/**
 * Find the headings, one per section found, in section order. Block-start headings are preferred;
 * headings inside long blocks are used only when block starts give fewer than three sections
 * (crawler text).
 */
export function findHeadings(texts: readonly HeadingText[]): HeadingHit[] {
  const starts = choose(texts.flatMap(atStart));
  if (starts.length >= 3) return starts;
  const inner = choose(texts.flatMap(inside));
  return inner.length > starts.length ? inner : starts;
}
