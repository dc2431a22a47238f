// Lint: TypeScript's recommended checks, and the layer rules of docs/ARCHITECTURE.md —
// lib/ is shared by the checker, the tests and the extension, so it uses no browser globals and
// no UI; only its Node adapters (lib/node, lib/cli) touch Node; a rule never imports another rule.

import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'location', 'chrome', 'browser', 'localStorage', 'sessionStorage', 'alert'];
const NODE_GLOBALS = ['process', 'Buffer', '__dirname', '__filename', 'require', 'global'];
const restrictedGlobals = (names, why) => names.map((name) => ({ name, message: why }));

/** The rule modules of lib/rules (everything there but the helpers they share). */
const RULE_HELPERS = ['cells', 'confidence', 'cross-year', 'identities', 'index', 'suspect', 'types', 'unreadable', 'heading-typos'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'dist/**', 'node_modules/**', 'docs/**', 'public/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Terminal hygiene matches control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/node/**', 'lib/cli/**'],
    rules: {
      'no-restricted-globals': ['error', ...restrictedGlobals([...BROWSER_GLOBALS, ...NODE_GLOBALS], 'lib/ runs in the checker, the tests and the extension: no browser or Node globals (lib/node and lib/cli are the Node adapters)')],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'], message: 'Node only in lib/node and lib/cli.' },
            { group: ['wxt', 'wxt/*', 'webextension-polyfill', '@wxt-dev/*'], message: 'No browser APIs in lib/.' },
            { group: ['preact', 'preact/*', '**/components/**', '**/entrypoints/**', '@/components/*', '@/entrypoints/*'], message: 'No UI in lib/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/node/**/*.ts', 'lib/cli/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...restrictedGlobals(BROWSER_GLOBALS, 'The Node adapters have no browser globals.')],
      'no-restricted-imports': ['error', { patterns: [{ group: ['wxt', 'wxt/*', 'preact', 'preact/*', '**/components/**', '**/entrypoints/**'], message: 'No UI or browser APIs in lib/.' }] }],
    },
  },
  {
    files: ['lib/rules/*.ts'],
    ignores: RULE_HELPERS.map((h) => `lib/rules/${h}.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^\\./(?!(?:${RULE_HELPERS.join('|')})$)`,
              message: 'A rule never imports another rule: share the logic through a helper module (cells, identities …).',
            },
          ],
        },
      ],
    },
  },
);
