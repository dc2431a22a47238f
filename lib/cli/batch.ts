// A batch run: many documents over a pool of worker threads, a progress bar on a terminal, each
// record appended to --jsonl as it is done (--resume skips recorded inputs), consecutive years of
// the same organ paired at the end, then the summaries (--csv, --xlsx, the terminal table or
// --json). --merge starts from the records of earlier runs (shards) instead of auditing.

import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { summaryCsv, summaryXlsx, type SummaryRow } from '../export/summary';
import { countFindings, verdictOf } from '../messages/verdict';
import { CROSS_YEAR_RULES } from '../rules/index';
import { InputError } from '../node/errors';
import type { CliOptions } from './args';
import { AuditPool } from './isolate';
import { auditTarget, type Io } from './io';
import { messages } from './messages';
import { noProgress, progressBar } from './progress';
import { journal, outcomeOf, pairYears, readRecords, recordOf, writeRecords, type AuditRecord } from './records';
import { combinedExit, type Target } from './run';
import { escapeJsonControls, makeStyle, printable } from './style';
import { renderSummary } from './summary';
import { shardOf } from './targets';

const CROSS_YEAR_IDS = new Set(CROSS_YEAR_RULES.map((r) => r.id));

/** `targets` null: --merge, the inputs being JSON Lines files of earlier runs. */
export async function runBatch(o: CliOptions, io: Io, targets: Target[] | null): Promise<number> {
  const m = messages(o.lang);
  const note = (s: string) => io.err(`${printable(s)}\n`);
  let records: AuditRecord[];
  let mine: Set<string>;
  if (targets === null) {
    records = [];
    for (const file of o.inputs) {
      try {
        const got = await readRecords(file);
        if (got.skipped > 0) note(m.skippedLines(file, got.skipped));
        for (const r of got.records) {
          records = records.filter((x) => x.input !== r.input);
          records.push(r);
        }
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        io.err(`${m.errorPrefix}${printable(e.localized(o.lang))}\n`);
        return 2;
      }
    }
    mine = new Set(records.map((r) => r.input));
  } else {
    const share = shardOf(targets, o.shard);
    mine = new Set(share.map((t) => t.input));
    const earlier = new Map<string, AuditRecord>();
    if (o.resume && o.jsonl && existsSync(o.jsonl)) {
      const got = await readRecords(o.jsonl);
      if (got.skipped > 0) note(m.skippedLines(o.jsonl, got.skipped));
      for (const r of got.records) earlier.set(r.input, r);
      note(m.resumed(share.filter((t) => earlier.has(t.input)).length, share.filter((t) => !earlier.has(t.input)).length));
    } else if (o.jsonl) await writeFile(o.jsonl, '');
    const todo = share.filter((t) => !earlier.has(t.input));
    const fresh = await auditAll(todo, o, io);
    // Records of this run in input order, then any others the file held (never lost).
    const byInput = new Map([...earlier, ...fresh.map((r) => [r.input, r] as const)]);
    records = [...share.flatMap((t) => byInput.get(t.input) ?? []), ...[...earlier.values()].filter((r) => !mine.has(r.input))];
  }

  if (o.crossYear) {
    records = pairYears(records, o.lang);
    const pairs = records.filter((r) => r.audit?.previous?.compared).length;
    if (pairs > 0 && !o.json) note(m.pairedYears(pairs));
  }
  if (o.jsonl) await writeRecords(o.jsonl, records);
  const rows = records.map(summaryRow);
  if (o.csv) await writeFile(o.csv, summaryCsv(rows, o.lang));
  if (o.xlsx) await writeFile(o.xlsx, await summaryXlsx(rows, o.lang));

  const ours = records.filter((r) => mine.has(r.input));
  const outcomes = ours.map(outcomeOf);
  if (o.json) {
    const items = ours.map((x) => ({ input: x.input, status: x.status, audit: x.audit, error: x.error }));
    io.out(escapeJsonControls(JSON.stringify(items, null, 2)) + '\n');
  } else {
    const st = makeStyle((o.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb')) && !o.json);
    io.out(renderSummary(outcomes, o.lang, st));
  }
  return combinedExit(outcomes);
}

/** Audits the targets over the pool, journaling each record as it is done. */
async function auditAll(targets: Target[], o: CliOptions, io: Io): Promise<AuditRecord[]> {
  const pool = new AuditPool(Math.min(o.jobs, Math.max(1, targets.length)), { timeoutSeconds: o.timeoutSeconds, maxMemoryMb: o.maxMemoryMb });
  const log = o.jsonl ? journal(o.jsonl) : null;
  const showBar = o.progress ?? io.errTTY;
  const bar = showBar ? progressBar(targets.length, io.err, io.columns) : noProgress();
  const stdin = {};
  try {
    return await Promise.all(
      targets.map(async (t) => {
        const record = recordOf(await auditTarget(pool, t, o, io, stdin));
        log?.add(record);
        bar.tick(t.input);
        return record;
      }),
    );
  } finally {
    bar.done();
    await log?.close();
    await pool.close();
  }
}

export function summaryRow(r: AuditRecord): SummaryRow {
  const a = r.audit;
  const counts = a?.report ? countFindings(a) : null;
  const verdict = r.status === 'input-error' ? 'unreadable' : r.status === 'internal-error' ? 'internal-error' : a ? verdictOf(a) : 'unreadable';
  return {
    link: r.input,
    organ: a?.report?.organ ?? null,
    year: a?.report?.year ?? null,
    title: a?.report?.title ?? null,
    verdict,
    errors: counts?.error ?? null,
    warnings: counts?.warning ?? null,
    notes: counts?.info ?? null,
    previous: a?.previous?.compared ? a.previous.source.name : null,
    crossYear: a?.previous?.compared ? a.findings.filter((f) => CROSS_YEAR_IDS.has(f.rule) && f.severity !== 'info').length : null,
    error: r.error,
  };
}
