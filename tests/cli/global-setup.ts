// The checker's tests run the shipped build: build dist/ once before them (scripts/build-cli.mjs).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup() {
  execFileSync(process.execPath, [join(import.meta.dirname, '../../scripts/build-cli.mjs')], { stdio: 'inherit' });
}
