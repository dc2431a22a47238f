// `npm run lint` in CI: ESLint over the repository (eslint.config.js holds the layer rules), and
// proof that the layer rules bite.

import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

describe('lint', () => {
  it('the repository is clean', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const results = await eslint.lintFiles(['.']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(ROOT.length + 1)}:${m.line} ${m.ruleId} ${m.message}`));
    expect(problems).toEqual([]);
  }, 240_000);

  it('lib/ may not use browser or Node globals, nor a rule another rule', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const lint = async (code: string, file: string) => (await eslint.lintText(code, { filePath: resolve(ROOT, file) }))[0]!.messages.map((m) => m.ruleId);
    expect(await lint('export const x = document.title;\n', 'lib/recognize/x.ts')).toContain('no-restricted-globals');
    expect(await lint("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'lib/recognize/x.ts')).toContain('no-restricted-imports');
    expect(await lint("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'lib/node/x.ts')).toEqual([]);
    expect(await lint("import { t3Balance } from './t3-balance';\nexport const x = t3Balance;\n", 'lib/rules/x.ts')).toContain('no-restricted-imports');
    expect(await lint("import { numbers } from './cells';\nexport const x = numbers;\n", 'lib/rules/x.ts')).toEqual([]);
  });
});
