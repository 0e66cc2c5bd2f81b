// Reads vitest's JSON results and prints the CI summary; the last line is `N passed, N failed`.
// Skipped tests and suites that failed to load count as failed: in CI nothing may be skipped.
// `npm run lint` (its exit status in test-output/lint.status, written by .ci/run) counts as one
// check. Exits 1 when anything failed.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-output/vitest.json';
if (!existsSync(file)) {
  console.log('vitest wrote no results (it crashed or did not start)');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const results = JSON.parse(readFileSync(file, 'utf8'));
let passed = 0;
let failed = 0;
for (const suite of results.testResults) {
  if (suite.assertionResults.length === 0 && suite.status !== 'passed') {
    failed++;
    console.log(`suite failed to run: ${suite.name}: ${(suite.message || '').split('\n')[0]}`);
  }
  for (const test of suite.assertionResults) {
    if (test.status === 'passed') passed++;
    else {
      failed++;
      console.log(`${test.status === 'failed' ? 'FAILED' : `${test.status.toUpperCase()} (not allowed in CI)`}: ${test.fullName}`);
    }
  }
}
if (existsSync('test-output/lint.status')) {
  if (readFileSync('test-output/lint.status', 'utf8').trim() === '0') passed++;
  else {
    failed++;
    console.log('FAILED: npm run lint (ESLint or prettier --check; see test-output/lint.log)');
  }
}
if (existsSync('test-output/conformance.json')) {
  const c = JSON.parse(readFileSync('test-output/conformance.json', 'utf8'));
  console.log(
    `ONNX conformance, ${c.cases} cases: ${c.passed} passed / ${c.excepted} excepted / ${c.unsupported} unsupported / ${c.failed} failed`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
