// The checker: parse options, audit every input, print human or JSON output, return the exit code.

import { readFileSync } from 'node:fs';
import { InputError } from '../node/errors';
import { MAX_INPUT_BYTES, MAX_INPUT_MB } from '../node/limits';
import { parseArgs } from './args';
import { auditIsolated } from './isolate';
import { messages } from './messages';
import { renderReport } from './report';
import { combinedExit, EXIT, expandInputs, STDIN, type Outcome } from './run';
import { escapeJsonControls, printable } from './style';
import { makeStyle } from './style';
import { renderSummary } from './summary';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Standard input, read to the end (at most `max` bytes, one more to tell it is too long). */
  stdin(max: number): Promise<Uint8Array>;
}

export const processIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  stdin: readStdin,
});

async function readStdin(max: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > max) break;
  }
  process.stdin.destroy();
  return new Uint8Array(Buffer.concat(chunks));
}

// The shipped bundle has the version built in (scripts/build-cli.mjs); tsx reads package.json.
declare const NIANBAO_VERSION: string | undefined;

function version(): string {
  if (typeof NIANBAO_VERSION !== 'undefined') return NIANBAO_VERSION;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

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
  const color = o.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  const st = makeStyle(color && !o.json);

  const { targets, many } = await expandInputs(o.inputs, o.lang);
  const limits = { timeoutSeconds: o.timeoutSeconds, maxMemoryMb: o.maxMemoryMb };
  let stdin: Promise<Uint8Array> | null = null;
  const outcomes: Outcome[] = [];
  for (const t of targets) {
    if (t.error) {
      outcomes.push({ input: t.input, status: 'input-error', result: null, notes: [], error: t.error });
      continue;
    }
    let bytes: Uint8Array | undefined;
    if (t.input === STDIN) {
      bytes = await (stdin ??= io.stdin(MAX_INPUT_BYTES));
      if (bytes.length > MAX_INPUT_BYTES) {
        const e = new InputError('too-large', { input: STDIN, limit: MAX_INPUT_MB, size: `>${MAX_INPUT_MB}` });
        outcomes.push({ input: t.input, status: 'input-error', result: null, notes: [], error: e.localized(o.lang) });
        continue;
      }
    }
    outcomes.push(await auditIsolated({ input: t.input, lang: o.lang, ...(bytes && { bytes }) }, limits));
  }

  if (many) {
    if (o.json) {
      const items = outcomes.map((x) => ({ input: x.input, status: x.status, audit: x.result, error: x.error }));
      io.out(escapeJsonControls(JSON.stringify(items, null, 2)) + '\n');
    } else io.out(renderSummary(outcomes, o.lang, st));
    return combinedExit(outcomes);
  }

  const one = outcomes[0]!;
  if (!one.result) {
    io.err(`${m.errorPrefix}${printable(one.error ?? '')}\n`);
    return EXIT[one.status];
  }
  io.out(o.json ? escapeJsonControls(JSON.stringify(one.result, null, 2)) + '\n' : renderReport(one.result, one.notes, o.lang, st));
  return EXIT[one.status];
}
