#!/usr/bin/env node
// `npm run audit`: runs the built checker (dist/audit.mjs), building it first when it is
// missing or older than one of its sources (a developer edited lib/), so it never runs stale.

import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

function isFresh() {
  try {
    const built = statSync(join(dist, 'inputs.json')).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(join(dist, 'inputs.json'), 'utf8'));
    return inputs.every((p) => statSync(join(root, p)).mtimeMs <= built);
  } catch {
    return false;
  }
}

if (!isFresh()) {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli({ quiet: true });
}
await import(join(dist, 'audit.mjs'));
