// The audit JSON contract (shared/spec/audit-json.md) as a zod schema. Every boundary that
// reads an audit (a checker thread's message, an extension message, a JSON Lines record)
// validates against it; the engine that builds one only takes its type.

import { z } from 'zod';
import { NOT_COMPARED, type NotCompared } from '../cross-year/pair';
import { CELL_KEYS, TABLE_IDS, type TableId } from '../standard/tables';

// An audit is validated once: zod's JIT (a validator compiled with new Function on a schema's
// first parse) costs more than it saves, about 20 ms of each checker run. The extension's pages
// and workers need it off anyway (their CSP forbids eval).
z.config({ jitless: true });

export const RULE_IDS = [
  'section-missing',
  'table-missing',
  'table-empty',
  'cell-blank',
  'cell-invalid',
  't3-balance',
  't3-row-total',
  't3-results-total',
  't4-total',
  'label-mismatch',
  'structure-variant',
  'text-table-mismatch',
  'period-mismatch',
  'carryover-mismatch',
  'in-force-chain',
  'needs-review',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

const cellValue = z.number().finite().nullable();

function cellsSchema(table: TableId) {
  const shape: Record<string, typeof cellValue> = {};
  for (const key of CELL_KEYS[table]) shape[key] = cellValue;
  return z.object(shape).strict();
}

const tableSchema = (table: TableId) => z.object({ found: z.boolean(), cells: cellsSchema(table) });

export const FindingSchema = z.object({
  /** A rule id of the contract; new advisory rules may add ids of their own. */
  rule: z.string().min(1),
  severity: SeveritySchema,
  message: z.string(),
  cells: z.array(z.string()),
  expected: z.number().optional(),
  actual: z.number().optional(),
  /** The one cell most likely wrong, when a row and a column check intersect there. */
  suspect: z.string().optional(),
  /** fail: the publisher's fault (error, warning); review: a question for the reader (info). */
  outcome: z.enum(['fail', 'review']).optional(),
  /** The message as data, for front ends that word it in their own language: "<rule>.<message key>". */
  messageId: z.string().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
  /** Why a finding that would accuse the publisher is only a question. */
  softened: z
    .union([z.object({ reason: z.literal('poor-reading') }), z.object({ reason: z.literal('tables-unsure'), tables: z.array(z.enum(TABLE_IDS)) })])
    .optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const SectionSchema = z.object({
  no: z.number().int().min(1).max(6),
  key: z.enum(['overview', 'active', 'applications', 'reviews', 'problems', 'other']),
  found: z.boolean(),
  title: z.string().nullable(),
});

export const ReportSchema = z.object({
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  organ: z.string().nullable(),
  format: z.enum(['2021', '2019', 'unknown']),
});

const SourceSchema = z.object({
  kind: z.enum(['html', 'pdf', 'text']),
  name: z.string(),
  url: z.string().optional(),
});

/** The previous-year report a cross-year check was asked to compare with, and whether it did. */
export const PreviousSchema = z.object({
  source: SourceSchema,
  year: z.number().int().nullable(),
  organ: z.string().nullable(),
  /** false: not last year's report of the same body in the 2021 format (see reason); no cross-year finding. */
  compared: z.boolean(),
  reason: z.enum(NOT_COMPARED as [NotCompared, ...NotCompared[]]).optional(),
});
export type PreviousInfo = z.infer<typeof PreviousSchema>;

export const AuditSchema = z.object({
  source: SourceSchema,
  /** null when the document is not an annual report. */
  report: ReportSchema.nullable(),
  sections: z.array(SectionSchema).length(6),
  tables: z.object({
    active: tableSchema('active'),
    applications: tableSchema('applications'),
    reviews: tableSchema('reviews'),
  }),
  findings: z.array(FindingSchema),
  /** Present when a previous-year report was given (carryover-mismatch, in-force-chain). */
  previous: PreviousSchema.optional(),
});
export type AuditResult = z.infer<typeof AuditSchema>;

/** The JSON Schema of an audit result, generated from the zod schema. */
export function auditJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AuditSchema) as Record<string, unknown>;
}

export { TABLE_IDS };
