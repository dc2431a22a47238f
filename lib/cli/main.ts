// The checker: parse options, audit every input, print human or JSON output, return the exit code.

import { readFileSync } from 'node:fs';
import { parseArgs } from './args';
import { messages } from './messages';
import { renderReport } from './report';
import { auditInput, combinedExit, EXIT, expandInputs, type Outcome } from './run';
import { makeStyle } from './style';
import { renderSummary } from './summary';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export const processIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
});

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    const m = messages(parsed.lang);
    io.err(`${m.errorPrefix}${m.usage(parsed.error)}\n`);
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
  const outcomes: Outcome[] = [];
  for (const t of targets) {
    outcomes.push(
      t.error
        ? { input: t.input, status: 'input-error', result: null, notes: [], error: t.error }
        : await auditInput(t.input, o.lang),
    );
  }

  if (many) {
    if (o.json) {
      const items = outcomes.map((x) => ({ input: x.input, status: x.status, audit: x.result, error: x.error }));
      io.out(JSON.stringify(items, null, 2) + '\n');
    } else io.out(renderSummary(outcomes, o.lang, st));
    return combinedExit(outcomes);
  }

  const one = outcomes[0]!;
  if (!one.result) {
    io.err(`${m.errorPrefix}${one.error}\n`);
    return EXIT[one.status];
  }
  io.out(o.json ? JSON.stringify(one.result, null, 2) + '\n' : renderReport(one.result, one.notes, o.lang, st));
  return EXIT[one.status];
}
