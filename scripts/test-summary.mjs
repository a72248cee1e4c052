// Prints the test run's closing line, "N passed, N failed" alone on a line, from vitest's JSON report
// (test-results/vitest.json, written by `npm run test:unit`), so CI logs end with a plain count.
import fs from "node:fs";

const file = "test-results/vitest.json";
if (!fs.existsSync(file)) {
  console.error(`${file} is missing: the unit tests did not run`);
  process.exit(1);
}
const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(fs.readFileSync(file, "utf8"));
console.log(`${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ""}`);
process.exit(numFailedTests > 0 ? 1 : 0);
