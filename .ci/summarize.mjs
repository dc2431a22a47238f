// Prints the CI verdict line `N passed, N failed` from Vitest's JSON report.
// A test file that crashed (import error, failing beforeAll) has no failed test of its own, so it
// counts as one failure; so do a missing report, a failing run with no failed test, and a run
// where no test passed or failed at all.
// Usage: node .ci/summarize.mjs REPORT.json TEST_EXIT_CODE
import { readFileSync } from 'node:fs';

const [reportPath, exitCodeArg] = process.argv.slice(2);
const exitCode = Number(exitCodeArg ?? 1);

function count() {
  let report;
  try {
    report = JSON.parse(readFileSync(reportPath, 'utf8'));
  } catch (err) {
    return { passed: 0, failed: 1, why: `no Vitest report (${err.message})` };
  }
  const files = report.testResults ?? [];
  const crashedFiles = files.filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  );
  for (const f of crashedFiles) console.error(`crashed: ${f.name}: ${(f.message ?? '').split('\n')[0]}`);
  const passed = report.numPassedTests ?? 0;
  let failed = (report.numFailedTests ?? 0) + crashedFiles.length;
  let why = '';
  if (passed + failed === 0) {
    failed = 1;
    why = 'no tests ran';
  } else if (failed === 0 && (exitCode !== 0 || report.success === false)) {
    failed = 1;
    why = `the test command exited ${exitCode} (e.g. an unhandled error) though no test failed`;
  }
  return { passed, failed, why };
}

const { passed, failed, why } = count();
if (why) console.error(`counted as a failure: ${why}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
