#!/usr/bin/env node
// Builds the checker into dist/ once (esbuild), so that `npm run audit` starts without compiling
// TypeScript: dist/audit.mjs (the `bin`), dist/worker.mjs (one document's audit, see
// lib/cli/isolate.ts) and their shared chunks. zod and parse5 are bundled in: loading zod's 90
// modules one by one from node_modules cost 40 ms of CPU, bundled 14 ms. pdf.js stays external
// (it loads its own worker module and reads its CMaps and fonts from its package folder).
// dist/inputs.json lists the sources, for scripts/audit.mjs to rebuild when one changed.
// Plain Node: it runs from `postinstall` and from the launcher, before anything is compiled.

import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(root, 'dist');

export async function buildCli({ quiet = false } = {}) {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  await rm(DIST, { recursive: true, force: true });
  await mkdir(DIST, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { audit: 'bin/audit.ts', worker: 'lib/cli/worker.ts' },
    outdir: DIST,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    external: ['pdfjs-dist', 'pdfjs-dist/*'],
    define: { NIANBAO_BUNDLED: 'true', NIANBAO_VERSION: JSON.stringify(pkg.version) },
    metafile: true,
    logLevel: quiet ? 'error' : 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) => relative(root, join(root, p)));
  await writeFile(join(DIST, 'inputs.json'), JSON.stringify({ inputs: [...inputs, 'package.json'] }, null, 1));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
