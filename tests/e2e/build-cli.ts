// Builds both targets into a temp folder and writes where to the JSON file named by the argument
// (stdout carries WXT's progress output). Run as its own process by the
// e2e global setup: WXT's build cannot run inside Vitest's module runner (import.meta.resolve).

import { writeFileSync } from 'node:fs';
import { buildTargets } from '../build/build';

// The test hook of entrypoints/overlay.content: the panel's shadow root stays open, so that
// Playwright can reach it. Shipped builds close it (tests/build/extension.test.ts checks that).
process.env.WXT_NIANBAO_TEST_HOOKS = 'open';

const { targets } = await buildTargets(['chrome', 'firefox']);
writeFileSync(process.argv[2]!, JSON.stringify({ chrome: targets.get('chrome')!.dir, firefox: targets.get('firefox')!.dir }));
