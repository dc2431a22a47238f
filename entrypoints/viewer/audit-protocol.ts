// Messages between the viewer page and its audit worker. The worker has the file's bytes but no
// pdf.js document of its own: it asks the page for what the extractor reads (page sizes, text,
// operator lists) from the one document that also renders the pages.

import { z } from 'zod';
import { AuditSchema } from '@/lib/audit/schema';
import { FiguresSchema } from '@/lib/cross-year/schema';
import type { Lang } from '@/lib/i18n/format';

export const PdfBoxSchema = z.object({
  page: z.number().int().positive(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
});
export type PdfBox = z.infer<typeof PdfBoxSchema>;

/** Page → worker: audit these bytes (a copy; the page keeps its own). */
export interface StartMessage {
  type: 'start';
  data: Uint8Array;
  name: string;
  url: string;
  lang: Lang;
  numPages: number;
  /** pdf.js's operator codes, for reading operator lists. */
  ops: Record<string, number>;
}

/** What the worker may ask of the page's document. */
export type DocRequest =
  | { method: 'page'; page: number }
  | { method: 'text'; page: number }
  | { method: 'operators'; page: number }
  | { method: 'metadata' };

export type WorkerRequest = { type: 'request'; id: number } & DocRequest;

export interface ReplyMessage {
  type: 'reply';
  id: number;
  value?: unknown;
  error?: { name: string; message: string };
}

/** A printed label or a sentence a finding points at (lib/locate/anchors.ts), as a box on its page. */
export const AnchorBoxSchema = PdfBoxSchema.extend({ kind: z.enum(['label', 'text']) });
export type AnchorBox = z.infer<typeof AnchorBoxSchema>;

/**
 * Worker → page: the audit is done. `cells` maps each read cell ref to its box on the page;
 * `anchors[i]` are the boxes of finding i's label or sentence.
 */
export const DoneSchema = z.object({
  type: z.literal('done'),
  result: AuditSchema,
  cells: z.record(z.string(), PdfBoxSchema),
  /** The report's figures, for a cross-year check (null: not a report). */
  figures: FiguresSchema.nullable().optional(),
  anchors: z.array(z.array(AnchorBoxSchema)),
});
export const FailedSchema = z.object({ type: z.literal('failed'), message: z.string() });
export const WorkerResultSchema = z.discriminatedUnion('type', [DoneSchema, FailedSchema]);
export type WorkerResult = z.infer<typeof WorkerResultSchema>;
