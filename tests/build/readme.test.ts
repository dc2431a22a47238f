// The README's set-up commands are what CI and new users run; keep them true to the repo.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../lib/cli/run';

const readme = readFileSync('README.md', 'utf8');
const shellLines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.trim().split('\n'));

describe('README', () => {
  it('shows exactly the test command that .ci/run runs', () => {
    const ciTestCommand = readFileSync('.ci/run', 'utf8').match(/^TEST_COMMAND='(.+)'$/m)?.[1];
    expect(ciTestCommand).toBeTruthy();
    expect(shellLines).toContain(ciTestCommand);
  });

  it('audits sample files that exist', () => {
    const samples = shellLines.flatMap((line) => line.match(/assets\/samples\/\S+/g) ?? []);
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) expect(existsSync(sample), sample).toBe(true);
  });

  it('uses only npm scripts that package.json defines', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
    const used = shellLines.flatMap((line) => [...line.matchAll(/npm run (?:--silent )?(\S+)/g)].map((m) => m[1]!));
    for (const name of used) expect(scripts, name).toHaveProperty(name);
  });

  it('documents every exit code the checker can return', () => {
    const table = [...readme.matchAll(/^\| (\d) \| /gm)].map((m) => Number(m[1]));
    expect(table).toEqual([...new Set(Object.values(EXIT))].sort());
  });
});
