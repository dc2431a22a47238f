// Builds both targets into a temp folder and writes where to the JSON file named by the argument
// (stdout carries WXT's progress output). Run as its own process by the
// e2e global setup: WXT's build cannot run inside Vitest's module runner (import.meta.resolve).

import { writeFileSync } from 'node:fs';
import { buildTargets } from '../build/build';

const { targets } = await buildTargets(['chrome', 'firefox']);
writeFileSync(process.argv[2]!, JSON.stringify({ chrome: targets.get('chrome')!.dir, firefox: targets.get('firefox')!.dir }));
