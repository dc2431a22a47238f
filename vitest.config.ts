import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// .ci/run sets this so that the README's plain `npm test` also writes a JSON report it can count.
const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    testTimeout: 30_000,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    ...(jsonReport && { outputFile: { json: jsonReport } }),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          // The checker's tests spawn the built checker (dist/).
          globalSetup: ['tests/cli/global-setup.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
        },
      },
      {
        // The built extension in Debian's Chromium, driven by playwright-core (tests/e2e/README.md).
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
