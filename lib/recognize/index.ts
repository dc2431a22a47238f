// ExtractedDoc → RecognizedReport: find the sections, sort grid rows into the three standard
// tables by their labels, read each table, and decide whether this is an annual report at all.

import type { ExtractedDoc } from '../model/document';
import type { RecognizedReport, RecognizedTable, SectionHit } from '../model/report';
import { SECTIONS } from '../standard/sections';
import { TABLE_IDS, type TableId } from '../standard/tables';
import { sameDoubt } from '../model/doubt';
import { normalizeLabel } from '../standard/normalize';
import { reportClaims } from './claims/index';
import { decodeFlattened } from './flattened/index';
import { withStrayRows } from './stray-rows';
import { bestClass, rowSignals } from './classify';
import { findHeadings, type HeadingHit } from './sections';
import { looksLikeReportTitle, readMeta } from './meta';
import { rowViews, type RowView } from './rows';
import { readActive, settleActiveRows } from './tables/active';
import { readApplications, settleApplicationRows } from './tables/applications';
import { readReviews } from './tables/reviews';
import { doubtInferredBlanks, doubtManyTypos, doubtWordyCells, markAllUncertain } from './tables/table-state';

/** Which section each table sits under (spec §3.1). */
const SECTION_OF: Record<TableId, number> = { active: 2, applications: 3, reviews: 4 };

function sortRows(doc: ExtractedDoc, headingBlocks: Set<number>): Record<TableId, RowView[]> {
  const rows: Record<TableId, RowView[]> = { active: [], applications: [], reviews: [] };
  let carry: TableId | null = null;
  doc.blocks.forEach((block, i) => {
    if (headingBlocks.has(i)) carry = null;
    if (block.kind !== 'table') return;
    for (const row of rowViews(block)) {
      const cls = bestClass(rowSignals(row)) ?? carry;
      if (cls) rows[cls].push(row);
      carry = cls;
    }
  });
  return rows;
}

interface Narrative {
  text: string;
  /** Start offset in `text` of each text block, by block index. */
  starts: Map<number, number>;
}

function narrativeOf(doc: ExtractedDoc): Narrative {
  const starts = new Map<number, number>();
  let text = '';
  doc.blocks.forEach((b, i) => {
    if (b.kind !== 'text') return;
    starts.set(i, text.length);
    text += b.text + '\n';
  });
  return { text, starts };
}

/**
 * Each section's heading and text (up to the next heading in the document, whatever its number).
 * A section without a heading whose table is there is found all the same: the publisher gave it
 * another title or none, but its content is present.
 */
function sectionHits(headings: HeadingHit[], narrative: Narrative, tables: Record<TableId, RecognizedTable>): SectionHit[] {
  const at = (h: HeadingHit) => (narrative.starts.get(h.block) ?? 0) + h.offset;
  const ordered = [...headings].sort((a, b) => at(a) - at(b));
  return SECTIONS.map((def) => {
    const h = headings.find((x) => x.def.no === def.no);
    if (!h) {
      const table = TABLE_IDS.find((id) => SECTION_OF[id] === def.no);
      const found = table !== undefined && tables[table].found;
      return { no: def.no, key: def.key, found, title: null, text: '' };
    }
    const next = ordered[ordered.indexOf(h) + 1];
    const end = next ? at(next) : narrative.text.length;
    return { no: def.no, key: def.key, found: true, title: h.title, text: narrative.text.slice(at(h), end) };
  });
}

/** A table not found where its section holds an image: it was probably published as a picture. */
function imageInstead(doc: ExtractedDoc, headings: HeadingHit[], t: RecognizedTable): boolean {
  const no = SECTION_OF[t.id];
  const start = headings.find((h) => h.def.no === no);
  if (!start) return false;
  const next = headings.find((h) => h.def.no > no);
  return doc.blocks.slice(start.block, next ? next.block : undefined).some((b) => b.kind === 'image');
}

/** Words only a table prints (its headers and row labels), never the prose: how many show it is there. */
const TABLE_WORDS: Record<TableId, { words: string[]; needed: number }> = {
  active: { words: ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额'], needed: 2 },
  applications: {
    words: ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '结转下年度继续办理', '本机关不掌握相关政府信息', '没有现成信息需要另行制作', '申请人情况'],
    needed: 3,
  },
  reviews: { words: ['未经复议直接起诉', '复议后起诉'], needed: 2 },
};

/** A table not found as a table whose labels are in the text: there, but not readable as a table. */
function textInstead(narrative: string, t: RecognizedTable): boolean {
  const text = normalizeLabel(narrative);
  const { words, needed } = TABLE_WORDS[t.id];
  return words.filter((w) => text.includes(w)).length >= needed;
}

/**
 * Crawler text with run-together table digits: decode the tables that no grid supplied, and blank
 * their text out of the narrative (offsets kept) so claims and sections read prose only.
 */
function useFlattened(tables: Record<TableId, RecognizedTable>, narrative: Narrative, format2019: boolean): void {
  const missing = TABLE_IDS.filter((id) => !tables[id].found && !(id === 'active' && format2019));
  if (missing.length === 0) return;
  const flat = decodeFlattened(narrative.text);
  if (!flat) return;
  for (const id of missing) {
    const f = flat.tables[id];
    if (!f) continue;
    const t: RecognizedTable = { ...tables[id], found: true, cells: f.cells, labels: f.labels, doubts: f.doubts, variants: f.variants };
    tables[id] = t;
    if (id === 'active') settleActiveRows(t, f.leftovers === 0);
    if (id === 'applications') settleApplicationRows(t, f.leftovers === 0);
    const { start, end } = f.span;
    narrative.text = narrative.text.slice(0, start) + ' '.repeat(end - start) + narrative.text.slice(end);
  }
}

/** A share of unreadable cells this high means the source text itself is mangled. */
const POOR_SHARE = 0.15;

function readingQuality(tables: Record<TableId, RecognizedTable>): { unsure: number } | null {
  const found = Object.values(tables).filter((t) => t.found);
  const cells = found.flatMap((t) => Object.values(t.cells));
  const unsure = cells.filter((c) => c.status === 'uncertain').length;
  if (cells.length === 0 || unsure / cells.length < POOR_SHARE) return null;
  return { unsure };
}

export function recognize(source: ExtractedDoc): RecognizedReport | null {
  const doc = withStrayRows(source);
  const texts = doc.blocks.flatMap((b, index) => (b.kind === 'text' ? [{ index, text: b.text, heading: b.heading }] : []));
  const headings = findHeadings(texts);
  const rows = sortRows(doc, new Set(headings.map((h) => h.block)));
  const active = readActive(rows.active);
  const tables: Record<TableId, RecognizedTable> = {
    active: active.table,
    applications: readApplications(rows.applications),
    reviews: readReviews(rows.reviews),
  };
  for (const t of Object.values(tables)) doubtInferredBlanks(t);
  const narrative = narrativeOf(doc);
  useFlattened(tables, narrative, active.format2019);
  const meta = readMeta(doc.metaTitle, texts.map((t) => t.text), narrative.text);

  const tablesFound = Object.values(tables).filter((t) => t.found).length;
  const titled = meta.title !== null || (doc.metaTitle ? looksLikeReportTitle(doc.metaTitle) : false);
  const isReport =
    tablesFound >= 2 || (tablesFound === 1 && headings.length >= 3) || (headings.length >= 4 && titled) || (active.format2019 && tablesFound >= 1);
  if (!isReport) return null;

  for (const t of Object.values(tables)) {
    if (t.found || (t.id === 'active' && active.format2019)) continue;
    if (imageInstead(doc, headings, t)) markAllUncertain(t, { code: 'table-as-image', table: t.id });
    else if (textInstead(narrative.text, t)) markAllUncertain(t, { code: 'table-as-text', table: t.id });
  }
  for (const t of Object.values(tables)) {
    doubtManyTypos(t);
    doubtWordyCells(t);
    t.doubts = t.doubts.filter((d, i) => t.doubts.findIndex((e) => sameDoubt(d, e)) === i);
  }

  const report: Omit<RecognizedReport, 'claims'> = {
    source: doc.source,
    title: meta.title,
    year: meta.year,
    organ: meta.organ,
    format: active.format2019 ? '2019' : tablesFound > 0 ? '2021' : 'unknown',
    sections: sectionHits(headings, narrative, tables),
    tables,
    narrative: narrative.text,
    periodYears: meta.periodYears,
    extractionNotes: [...doc.notes],
    poorReading: readingQuality(tables),
  };
  return { ...report, claims: reportClaims(report) };
}

