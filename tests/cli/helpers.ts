import { spawn } from 'node:child_process';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { CORPUS } from '../helpers/corpus';

export const ROOT = join(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures/cli');
export const SEEDS = join(CORPUS, 'seeds');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the checker as `npm run audit` does (the launcher, which runs the built dist/audit.mjs;
 * tests/cli/global-setup.ts built it), with no terminal attached. `stdin` is piped in when given.
 */
export function runCli(args: string[], env: Record<string, string> = {}, stdin?: Uint8Array | string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/node'), ['scripts/audit.mjs', ...args], {
      cwd: ROOT,
      // node_modules/.bin first, as under `npm run`: the project's Node 22.
      env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, ...env },
    });
    if (stdin !== undefined) child.stdin.end(stdin);
    else child.stdin.end();
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export async function serve(handler: RequestListener): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
