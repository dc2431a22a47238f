// What a worker thread sends back for one document, validated where the main thread reads it:
// the audit (the JSON contract), the figures kept for pairing years, the notes and the error.
// The pool loads this module while the first document is being read (zod takes ~20 ms to load).

import { z } from 'zod';
import { AuditSchema } from '../audit/schema';
import { FiguresSchema } from '../cross-year/schema';
import { EXIT, type Outcome, type Status } from './run';

const OutcomeSchema = z.object({
  input: z.string(),
  status: z.enum(Object.keys(EXIT) as [Status, ...Status[]]),
  result: AuditSchema.nullable(),
  notes: z.array(z.string()),
  error: z.string().nullable(),
  figures: FiguresSchema.nullable().optional(),
}) satisfies z.ZodType<Outcome>;

/** The outcome as sent, or the reason it is not one (an internal error of the checker). */
export function readOutcome(message: unknown): { ok: true; outcome: Outcome } | { ok: false; why: string } {
  const got = OutcomeSchema.safeParse(message);
  if (got.success) return { ok: true, outcome: got.data };
  const issue = got.error.issues[0]!;
  return { ok: false, why: `${issue.path.join('.')}: ${issue.message}` };
}
