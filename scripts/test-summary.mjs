// Prints the closing line CI reads ("N passed, N failed[, N skipped]") from vitest's JSON report.
// A failed type check or lint counts as one failure so that the line never hides it.
import { readFileSync, existsSync } from 'node:fs';

const [file, otherStatus] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
if (file && existsSync(file)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (report.numFailedTestSuites && failed === 0) failed = report.numFailedTestSuites;
} else {
  failed = 1;
}
if (otherStatus === '1' && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
