// Stand-in for the recogniser in the corpus harness: a RecognizedReport made from a truth file's
// cells and sections, the mutation's printed cell texts and label ops, and the narrative of the
// document (HTML with tags stripped; for a PDF, its seed's HTML with the mutation's claim applied).

import { readFileSync } from 'node:fs';
import { reportClaims } from '../../lib/recognize/claims';
import type { LabelDeviation, RecognizedReport, SectionHit } from '../../lib/model/report';
import { extractPeriodYears } from '../../lib/recognize/claims';
import type { AuditResult } from '../../lib/audit/schema';
import { SECTIONS } from '../../lib/standard/sections';
import {
  ACTIVE_BLOCKS,
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  CELL_KEYS,
  REVIEW_COLUMNS,
  TABLE_IDS,
  type TableId,
} from '../../lib/standard/tables';
import { CORPUS, corpusPath, manifest, type ManifestDoc } from '../helpers/corpus';
import { absent, table } from './fixtures';

export { CORPUS };

export interface MutationOp {
  op: string;
  ref?: string;
  value?: number | string | null;
  id?: string;
  text?: string;
  num?: string;
}

export interface CorpusDoc extends ManifestDoc {
  seed: string | null;
  style: string;
  mutation: { id: string; description: string; ops: MutationOp[] } | null;
}

export const corpusDocs = (): CorpusDoc[] => manifest() as CorpusDoc[];

/**
 * Label deviations the seeds print (spec §11): what a recogniser reports for them. Mutations add
 * their own through label ops.
 */
const SEED_LABELS: Record<string, { printed: string; expected: string; column: string }[]> = {
  'seed-002-panzhihua-2024': [{ printed: '本年度止件数', expected: '本年废止件数', column: 'repealed' }],
};

/** The cells a relabelled header heads: "active.row.licensing", "applications.col.business", "reviews.col.suit_after_review.pending". */
function labelCells(id: string): { table: TableId; cells: string[] } {
  const [table, kind, ...rest] = id.split('.') as [TableId, string, ...string[]];
  const name = rest.join('.');
  const keys = CELL_KEYS[table];
  if (kind === 'row') return { table, cells: keys.filter((k) => k.startsWith(`${name}.`)) };
  if (table === 'reviews' && name.includes('.')) return { table, cells: [name] };
  return { table, cells: keys.filter((k) => k.endsWith(`.${name}`)) };
}

// ---------------------------------------------------------------- narrative

const HEADING = /^\s*([一二三四五六])、(.*)$/;

export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|table|head)[\s\S]*?<\/\1>/gi, '\n')
    .replace(/<(?:p|h\d|div|br|li|tr|dd|dt)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\n\s*\n+/g, '\n');
}

/** Section texts by number, taken between the section headings of a stripped page. */
export function splitSections(text: string): { intro: string; texts: Map<number, string> } {
  const texts = new Map<number, string>();
  let current = 0;
  const intro: string[] = [];
  for (const line of text.split('\n')) {
    const m = line.match(HEADING);
    const def = m ? SECTIONS.find((s) => s.ordinal === m[1] && s.matches(m[2]!.replace(/\s/g, ''))) : undefined;
    if (def && def.no > current) {
      current = def.no;
      texts.set(current, '');
      continue;
    }
    if (current === 0) intro.push(line);
    else texts.set(current, `${texts.get(current)}${line}\n`);
  }
  return { intro: intro.join('\n'), texts };
}

/** A seed's text without its table lines (tab-separated cells, "cell |" crawl cells, bare numbers). */
export function seedNarrative(path: string): string {
  return readFileSync(corpusPath(path), 'utf8')
    .split('\n')
    .filter((l) => !l.includes('\t') && !/\|\s*$/.test(l) && !/^\s*[\d.]+\s*$/.test(l))
    .join('\n');
}

function narrativeOf(doc: CorpusDoc): string {
  if (doc.format === 'text') return seedNarrative(doc.path);
  if (doc.format === 'html') return htmlText(readFileSync(corpusPath(doc.path), 'utf8'));
  // A PDF: the seed's own page, with a claim mutation applied as its description states it.
  const base = htmlText(readFileSync(corpusPath(`html/${doc.seed}.a.html`), 'utf8'));
  const claim = doc.mutation?.ops.find((o) => o.op === 'claim');
  const stated = doc.mutation?.description.match(/“([^”]+)”\s*→/);
  if (!claim || !stated) return base;
  return base.replace(stated[1]!, stated[1]!.replace(/\d+(?=件)/, claim.num!));
}

// ---------------------------------------------------------------- report

export function corpusReport(doc: CorpusDoc, truth: AuditResult): RecognizedReport {
  const printed = new Map<string, string | number | null>();
  for (const op of doc.mutation?.ops ?? []) if (op.op === 'cell' && typeof op.value === 'string') printed.set(op.ref!, op.value);

  const tables = Object.fromEntries(
    TABLE_IDS.map((id) => {
      const t = truth.tables[id];
      const cells = Object.fromEntries(CELL_KEYS[id].map((k) => [k, printed.get(`${id}:${k}`) ?? t.cells[k] ?? null]));
      return [id, table(id, { found: t.found, cells })];
    }),
  ) as RecognizedReport['tables'];

  const deviations: { table: TableId; d: LabelDeviation }[] = [];
  for (const l of SEED_LABELS[doc.seed ?? doc.id] ?? []) {
    deviations.push({ table: 'active', d: { ...l, cells: CELL_KEYS.active.filter((k) => k.endsWith(`.${l.column}`)) } });
  }
  for (const op of doc.mutation?.ops ?? []) {
    if (op.op !== 'label') continue;
    const { table: id, cells } = labelCells(op.id!);
    const expected = labelExpected(op.id!);
    deviations.push({ table: id, d: { printed: op.text!, expected, cells } });
  }
  for (const { table: id, d } of deviations) if (tables[id].found) tables[id].labels.push(d);
  for (const id of TABLE_IDS) if (!tables[id].found) for (const k of CELL_KEYS[id]) tables[id].cells[k] = absent();

  const narrative = narrativeOf(doc);
  const { texts } = splitSections(narrative);
  const sections = truth.sections.map((s) => ({ ...s, text: s.found ? (texts.get(s.no) ?? '') : '' })) as SectionHit[];
  const report: Omit<RecognizedReport, 'claims'> = {
    poorReading: null,
    source: truth.source,
    title: truth.report!.title,
    year: truth.report!.year,
    organ: truth.report!.organ,
    format: truth.report!.format,
    sections,
    tables,
    narrative,
    periodYears: extractPeriodYears(narrative),
    extractionNotes: [],
  };
  return { ...report, claims: reportClaims(report) };
}

/** The standard wording of a relabelled header, from the standard tables. */
function labelExpected(id: string): string {
  const { table: t, cells } = labelCells(id);
  return LABELS[t](cells[0]!, id.split('.')[1] === 'row' ? 'row' : 'col');
}

const LABELS: Record<TableId, (key: string, part: 'row' | 'col') => string> = {
  active: (key, part) => {
    const [r, c] = key.split('.');
    const b = ACTIVE_BLOCKS.find((x) => x.rows.some((y) => y.key === r))!;
    return part === 'row' ? b.rows.find((y) => y.key === r)!.label : b.columns.find((y) => y.key === c)!.label;
  },
  applications: (key, part) => {
    const i = key.lastIndexOf('.');
    return part === 'row'
      ? APPLICATION_ROWS.find((r) => r.key === key.slice(0, i))!.label
      : APPLICANT_COLUMNS.find((c) => c.key === key.slice(i + 1))!.label;
  },
  reviews: (key) => REVIEW_COLUMNS.find((c) => c.key === key.split('.')[1])!.label,
};

