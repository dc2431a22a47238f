// Builds the extension once for the e2e suite (into a temp folder, never the shared .output),
// unless NIANBAO_EXTENSION_DIR points at a build to reuse while iterating (e.g. `.output`).

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    chromeExtensionDir: string;
    firefoxExtensionDir: string;
  }
}

export default async function setup(project: TestProject) {
  const reuse = process.env.NIANBAO_EXTENSION_DIR;
  if (reuse) {
    project.provide('chromeExtensionDir', resolve(reuse, 'chrome-mv3'));
    project.provide('firefoxExtensionDir', resolve(reuse, 'firefox-mv2'));
    return;
  }
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const where = join(await mkdtemp(join(tmpdir(), 'nianbao-e2e-build-')), 'dirs.json');
  execFileSync(process.execPath, [tsx, 'tests/e2e/build-cli.ts', where], { stdio: ['ignore', 'ignore', 'inherit'] });
  const dirs = JSON.parse(await readFile(where, 'utf8')) as { chrome: string; firefox: string };
  await rm(dirname(where), { recursive: true, force: true });
  project.provide('chromeExtensionDir', dirs.chrome);
  project.provide('firefoxExtensionDir', dirs.firefox);
  return () => rm(dirname(dirs.chrome), { recursive: true, force: true });
}
