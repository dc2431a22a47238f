// The checker: parse options, audit every input, print human or JSON output, return the exit code.

import { readFileSync } from 'node:fs';
import { parseArgs, type CliOptions } from './args';
import { auditTarget, processIo, type Io } from './io';
import { AuditPool } from './isolate';
import { messages } from './messages';
import { renderReport } from './report';
import { EXIT, statusOf, type Target } from './run';
import { escapeJsonControls, makeStyle, printable } from './style';
import { collectTargets } from './targets';

// The shipped bundle has the version built in (scripts/build-cli.mjs); tsx reads package.json.
declare const NIANBAO_VERSION: string | undefined;

function version(): string {
  if (typeof NIANBAO_VERSION !== 'undefined') return NIANBAO_VERSION;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export type { Io } from './io';

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    const m = messages(parsed.lang);
    io.err(`${m.errorPrefix}${printable(m.usage(parsed.error))}\n`);
    return EXIT['input-error'];
  }
  const o = parsed.options;
  const m = messages(o.lang);
  if (o.help) {
    io.out(m.help);
    return EXIT.ok;
  }
  if (o.version) {
    io.out(`nianbao-audit ${version()}\n`);
    return EXIT.ok;
  }
  // Batches and cross-year comparisons load their modules (every rule, the xlsx writer) only when
  // asked: a single document's audit needs none of them in this thread.
  if (o.merge) return (await import('./batch')).runBatch(o, io, null);
  const collected = await collectTargets(o, o.lang);
  const batch = collected.many || o.jsonl !== null || o.csv !== null || o.xlsx !== null || o.shard !== null;
  if (batch) return (await import('./batch')).runBatch(o, io, collected.targets);
  return runOne(o, io, collected.targets[0]!);
}

/** One document: its report (human or JSON), compared with last year's when --previous is given. */
async function runOne(o: CliOptions, io: Io, target: Target): Promise<number> {
  const m = messages(o.lang);
  const st = makeStyle((o.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb')) && !o.json);
  const pool = new AuditPool(o.previous ? 2 : 1, { timeoutSeconds: o.timeoutSeconds, maxMemoryMb: o.maxMemoryMb }, false);
  const stdin = {};
  try {
    const [one, prev] = await Promise.all([
      auditTarget(pool, target, o, io, stdin),
      o.previous ? auditTarget(pool, { input: o.previous }, o, io, stdin) : null,
    ]);
    if (!one.result) {
      io.err(`${m.errorPrefix}${printable(one.error ?? '')}\n`);
      return EXIT[one.status];
    }
    let result = one.result;
    if (prev) {
      if (!prev.result) {
        io.err(`${m.errorPrefix}${printable(m.previousFailed(prev.error ?? ''))}\n`);
        return EXIT[prev.status];
      }
      if (one.figures) result = (await import('../audit/build')).withPrevious(result, one.figures, prev.figures ?? null, prev.result.source, { lang: o.lang });
    }
    io.out(o.json ? escapeJsonControls(JSON.stringify(result, null, 2)) + '\n' : renderReport(result, one.notes, o.lang, st));
    return EXIT[statusOf(result)];
  } finally {
    await pool.close();
  }
}
