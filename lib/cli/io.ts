// The checker's terminal and standard input, and auditing one target in the pool (standard input
// read once, here in the main thread, and handed to the worker as bytes).

import { InputError } from '../node/errors';
import { MAX_INPUT_BYTES, MAX_INPUT_MB } from '../node/limits';
import type { CliOptions } from './args';
import type { AuditPool } from './isolate';
import { STDIN, type Outcome, type Target } from './run';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  isTTY: boolean;
  /** Standard error is a terminal (the progress bar), and its width. */
  errTTY: boolean;
  columns: number;
  env: Record<string, string | undefined>;
  /** Standard input, read to the end (at most `max` bytes, one more to tell it is too long). */
  stdin(max: number): Promise<Uint8Array>;
}

export const processIo = (): Io => ({
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  errTTY: Boolean(process.stderr.isTTY),
  columns: process.stderr.columns ?? 80,
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


/** Audits one target in the pool (standard input read here, once). */
export function auditTarget(pool: AuditPool, t: Target, o: CliOptions, io: Io, stdin: { bytes?: Promise<Uint8Array> }): Promise<Outcome> {
  const failed = (error: string): Outcome => ({ input: t.input, status: 'input-error', result: null, notes: [], error });
  if (t.error) return Promise.resolve(failed(t.error));
  if (t.input !== STDIN) return pool.run({ input: t.input, lang: o.lang });
  return (stdin.bytes ??= io.stdin(MAX_INPUT_BYTES)).then((bytes) => {
    if (bytes.length <= MAX_INPUT_BYTES) return pool.run({ input: t.input, lang: o.lang, bytes });
    return failed(new InputError('too-large', { input: STDIN, limit: MAX_INPUT_MB, size: `>${MAX_INPUT_MB}` }).localized(o.lang));
  });
}

