// Building RecognizedReports for rule tests from compact cell tables.

import { reportClaims } from '../../lib/recognize/claims';
import type { Doubt } from '../../lib/model/doubt';
import type { CellReading, LabelDeviation, RecognizedReport, RecognizedTable, SectionHit, StructureVariant } from '../../lib/model/report';
import { SECTIONS } from '../../lib/standard/sections';
import { APPLICANT_COLUMNS, CELL_KEYS, TABLE_IDS, type TableId } from '../../lib/standard/tables';

/** A cell as written in a fixture: a number, null (blank), a printed string, or a full reading. */
export type CellInput = number | null | string | CellReading;

const PLACEHOLDER = /^(?:[-—–－/／]+|无)$/;

export function reading(input: CellInput): CellReading {
  if (input === null) return { value: null, status: 'blank', raw: '' };
  if (typeof input === 'number') return { value: input, status: 'number', raw: String(input) };
  if (typeof input === 'string') {
    if (PLACEHOLDER.test(input)) return { value: null, status: 'placeholder', raw: input };
    if (/^\d+(\.\d+)?$/.test(input)) return { value: Number(input), status: 'number', raw: input };
    return { value: null, status: 'invalid', raw: input };
  }
  return input;
}
export const absent = (): CellReading => ({ value: null, status: 'absent', raw: null });
export const uncertain = (raw: string | null = null): CellReading => ({ value: null, status: 'uncertain', raw });

export interface TableInput {
  found?: boolean;
  /** Cells by key; keys not given are 0 when `fill` is 0 (the default), blank when null. */
  cells?: Record<string, CellInput>;
  fill?: 0 | null;
  labels?: LabelDeviation[];
  variants?: StructureVariant[];
  doubts?: Doubt[];
}

export function table(id: TableId, input: TableInput = {}): RecognizedTable {
  const found = input.found ?? true;
  const cells: Record<string, CellReading> = {};
  for (const key of CELL_KEYS[id]) {
    cells[key] = !found ? absent() : key in (input.cells ?? {}) ? reading(input.cells![key]!) : reading(input.fill === null ? null : 0);
  }
  return {
    id,
    found,
    cells,
    labels: input.labels ?? [],
    variants: input.variants ?? [],
    doubts: input.doubts ?? [],
    grids: [],
  };
}

/** Table 三 cells of one row, in column order natural … other, total. */
export function row(key: string, values: CellInput[]): Record<string, CellInput> {
  return Object.fromEntries(APPLICANT_COLUMNS.map((c, i) => [`${key}.${c.key}`, values[i] ?? 0]));
}

export interface ReportInput {
  title?: string | null;
  year?: number | null;
  organ?: string | null;
  format?: RecognizedReport['format'];
  tables?: Partial<Record<TableId, TableInput>>;
  /** Section numbers that are missing. */
  missing?: number[];
  /** Heading as printed, by section number. */
  titles?: Partial<Record<number, string>>;
  /** Narrative text by section number. */
  texts?: Partial<Record<number, string>>;
  narrative?: string;
  periodYears?: number[];
}

export function report(input: ReportInput = {}): RecognizedReport {
  const sections: SectionHit[] = SECTIONS.map((s) => {
    const found = !(input.missing ?? []).includes(s.no);
    return { no: s.no, key: s.key, found, title: found ? (input.titles?.[s.no] ?? s.title) : null, text: input.texts?.[s.no] ?? '' };
  });
  const tables = Object.fromEntries(TABLE_IDS.map((id) => [id, table(id, input.tables?.[id])])) as Record<TableId, RecognizedTable>;
  const report: Omit<RecognizedReport, 'claims'> = {
    poorReading: null,
    source: { kind: 'text', name: 'fixture' },
    title: input.title === undefined ? '渠县2023年政府信息公开工作年度报告' : input.title,
    year: input.year === undefined ? 2023 : input.year,
    organ: input.organ === undefined ? '渠县人民政府' : input.organ,
    format: input.format ?? '2021',
    sections,
    tables,
    narrative: input.narrative ?? sections.map((s) => s.text).join('\n'),
    periodYears: input.periodYears ?? [2023],
    extractionNotes: [],
  };
  return { ...report, claims: reportClaims(report) };
}

/** Seed 004 (渠县 2023), which passes every check: the base most fixtures mutate. */
export const SEED_004 = {
  active: {
    'regulations.issued': 0,
    'regulations.repealed': 0,
    'regulations.in_force': 0,
    'normative.issued': 3,
    'normative.repealed': 24,
    'normative.in_force': 21,
    'licensing.decisions': 101458,
    'penalty.decisions': 5014,
    'coercion.decisions': 391,
    'fees.amount': 3135.6,
  },
  applications: {
    ...row('new', [101, 0, 0, 0, 0, 0, 101]),
    ...row('carried_in', [4, 0, 0, 0, 0, 0, 4]),
    ...row('results.disclosed', [29, 0, 0, 0, 0, 0, 29]),
    ...row('results.partial', [56, 0, 0, 0, 0, 0, 56]),
    ...row('results.withheld.secret', [1, 0, 0, 0, 0, 0, 1]),
    ...row('results.withheld.enforcement', [1, 0, 0, 0, 0, 0, 1]),
    ...row('results.withheld.query', [1, 0, 0, 0, 0, 0, 1]),
    ...row('results.unavailable.not_held', [13, 0, 0, 0, 0, 0, 13]),
    ...row('results.other.other', [2, 0, 0, 0, 0, 0, 2]),
    ...row('results.total', [103, 0, 0, 0, 0, 0, 103]),
    ...row('carried_out', [2, 0, 0, 0, 0, 0, 2]),
  },
  reviews: {
    'review.upheld': 2,
    'review.corrected': 3,
    'review.total': 5,
    'suit_direct.upheld': 5,
    'suit_direct.other': 1,
    'suit_direct.total': 6,
    'suit_after_review.pending': 1,
    'suit_after_review.total': 1,
  },
} satisfies Record<TableId, Record<string, CellInput>>;

export const SEED_004_TEXT =
  '2023年，渠县办结2022年度结转政府信息公开申请4件，新受理政府信息公开申请共计101件，已办结99件，结转2024年度继续办理2件；' +
  '引发行政复议5件，结果维持2件，结果纠正3件；引发行政诉讼7件，结果维持5件，尚未审结1件，其他结果1件。' +
  '办理行政许可101458件，实施行政处罚5014件，行政强制391件。' +
  '经清理，2023年渠县制发行政规范性文件3件，废止24件，现行有效21件。';

/** Seed 004 with some cells changed (per table) and other report fields overridden. */
export function seed004(
  changes: Partial<Record<TableId, Record<string, CellInput>>> = {},
  input: ReportInput = {},
): RecognizedReport {
  const tables: Partial<Record<TableId, TableInput>> = {};
  for (const id of TABLE_IDS) {
    tables[id] = { ...input.tables?.[id], cells: { ...SEED_004[id], ...changes[id], ...input.tables?.[id]?.cells } };
  }
  return report({ texts: { 1: SEED_004_TEXT }, ...input, tables });
}
