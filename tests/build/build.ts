// Builds extension targets into a temp folder, never the shared .output.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Logger, type TargetBrowser } from 'wxt';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a manifest is free-form JSON the tests read field by field
export type Manifest = Record<string, any>;

export interface BuiltTarget {
  dir: string;
  manifest: Manifest;
}

const quiet: Logger = {
  debug() {}, log() {}, info() {}, warn() {}, success() {},
  error: console.error, fatal: console.error, level: 0,
};

export async function buildTargets(browsers: TargetBrowser[]) {
  const root = await mkdtemp(join(tmpdir(), 'nianbao-build-'));
  const targets = new Map<TargetBrowser, BuiltTarget>();
  for (const browser of browsers) {
    const dir = join(root, browser);
    await build({ browser, outDir: dir, outDirTemplate: '', logger: quiet });
    targets.set(browser, { dir, manifest: JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) });
  }
  return { targets, cleanup: () => rm(root, { recursive: true, force: true }) };
}
