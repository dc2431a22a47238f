// The checker's JSON Lines output: one record a line per input (the same fields as a --json array
// item, plus the report's figures for pairing years). Written as each document is done, so an
// interrupted run loses nothing and --resume skips what is recorded; rewritten at the end in input
// order with the cross-year findings. Shards of one run merge the same way (--merge).

import { createWriteStream, type WriteStream } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { withPrevious } from '../audit/build';
import { AuditSchema } from '../audit/schema';
import { pairConsecutive } from '../cross-year/pair';
import { FiguresSchema } from '../cross-year/schema';
import type { Lang } from '../i18n/format';
import type { ReportFigures } from '../model/figures';
import { CROSS_YEAR_RULES } from '../rules/index';
import { InputError, reasonOf } from '../node/errors';
import { statusOf, type Outcome } from './run';
import { escapeJsonControls } from './style';

export const RecordSchema = z.object({
  input: z.string(),
  status: z.enum(['ok', 'errors', 'not-a-report', 'input-error', 'internal-error']),
  audit: AuditSchema.nullable(),
  error: z.string().nullable(),
  notes: z.array(z.string()).default([]),
  figures: FiguresSchema.nullable().default(null),
});
export type AuditRecord = z.infer<typeof RecordSchema>;

export const recordOf = (o: Outcome): AuditRecord => ({
  input: o.input,
  status: o.status,
  audit: o.result,
  error: o.error,
  notes: o.notes,
  figures: o.figures ?? null,
});

export const outcomeOf = (r: AuditRecord): Outcome => ({ input: r.input, status: r.status, result: r.audit, notes: r.notes, error: r.error, figures: r.figures });

export const recordLine = (r: AuditRecord): string => escapeJsonControls(JSON.stringify(r)) + '\n';

/**
 * The records of a JSON Lines file, the last one of each input winning. A line that does not
 * parse (the last line of a run that was killed while writing it) is skipped and counted.
 */
export async function readRecords(path: string): Promise<{ records: AuditRecord[]; skipped: number }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new InputError('records-unreadable', { input: path, reason: reasonOf(e) });
  }
  const byInput = new Map<string, AuditRecord>();
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const r = RecordSchema.parse(JSON.parse(line));
      byInput.delete(r.input);
      byInput.set(r.input, r);
    } catch {
      skipped++;
    }
  }
  return { records: [...byInput.values()], skipped };
}

/** Appends records as they come; `close` waits until they are on disk. */
export function journal(path: string): { add(r: AuditRecord): void; close(): Promise<void> } {
  const out: WriteStream = createWriteStream(path, { flags: 'a' });
  return {
    add: (r) => void out.write(recordLine(r)),
    close: () => new Promise((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve()))),
  };
}

/** Replaces the file's contents at once (a temporary file renamed over it). */
export async function writeRecords(path: string, records: readonly AuditRecord[]): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, records.map(recordLine).join(''));
  await rename(tmp, path);
}

const CROSS_YEAR_IDS = new Set(CROSS_YEAR_RULES.map((r) => r.id));

const unsureCells = (f: ReportFigures) =>
  Object.values(f.tables).reduce((n, t) => n + Object.values(t.cells).filter((c) => c.status === 'uncertain').length, 0);

/**
 * Every report paired with last year's report of the same body among the records, and the
 * cross-year findings made anew (earlier ones, from a shard or an earlier run, are dropped first).
 */
export function pairYears(records: readonly AuditRecord[], lang: Lang): AuditRecord[] {
  const base = records.map((r) => {
    if (!r.audit) return r;
    const { previous: _dropped, ...audit } = r.audit;
    return { ...r, audit: { ...audit, findings: audit.findings.filter((f) => !CROSS_YEAR_IDS.has(f.rule)) } };
  });
  const dated = base.flatMap((r) => (r.figures && r.audit?.report ? [{ item: r, year: r.figures.year, organ: r.figures.organ, unsure: unsureCells(r.figures) }] : []));
  const pairs = pairConsecutive(dated);
  return base.map((r) => {
    const prev = pairs.get(r);
    if (!prev || !r.audit || !r.figures || !prev.figures) return r;
    const audit = withPrevious(r.audit, r.figures, prev.figures, { ...prev.figures.source, name: prev.input }, { lang, given: false });
    return { ...r, audit, status: statusOf(audit) };
  });
}
