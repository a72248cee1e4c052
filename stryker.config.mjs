/**
 * Mutation testing (`npm run test:mutation`, docs/testing.md): StrykerJS 9 with the vitest runner.
 * 9.x is the last major that runs on Node 20 (StrykerJS 10 needs Node 22).
 *
 * One folder at a time keeps a run within reach of a 2-core machine: `MUTATE=src/rules npm run test:mutation`
 * writes reports/mutation/rules/ (HTML, JSON and the incremental file); without MUTATE every folder is mutated
 * into reports/mutation/. A sub-folder of one of them (`MUTATE=src/diff/schema`) narrows a run further and
 * writes reports/mutation/diff/schema/. Incremental mode reruns only mutants whose code or covering tests changed.
 */
const FOLDERS = ["src/rules", "src/conformance", "src/identifiers", "src/diff", "src/validate", "src/spreadsheet"];

const folder = process.env.MUTATE?.replace(/\/+$/, "");
if (folder && !FOLDERS.some((f) => folder === f || folder.startsWith(`${f}/`))) {
  throw new Error(`MUTATE must be one of ${FOLDERS.join(", ")} or a folder inside one; got "${folder}"`);
}
const out = folder ? `reports/mutation/${folder.replace(/^src\//, "")}` : "reports/mutation";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  mutate: (folder ? [folder] : FOLDERS).map((f) => `${f}/**/*.ts`),
  coverageAnalysis: "perTest",
  // Module-level constants (rule titles, rationales, message tables) are "static": every one would rerun the
  // whole suite. Their text is pinned by the generated docs (docs:check) and the message tests instead.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: `${out}/incremental.json`,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `${out}/index.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  // One sandbox folder per run, so runs on different folders can go side by side.
  tempDirName: `${out}/.stryker-tmp`,
  // StrykerJS 9 does not skip reports/ itself: without this a run copies the other runs' sandboxes into its own.
  ignorePatterns: ["/reports"],
  cleanTempDir: true,
  // The machine has 2 cores shared with other work; raise with --concurrency when it is yours alone.
  concurrency: 1,
  timeoutMS: 10_000,
  thresholds: { high: 90, low: 80, break: null },
};
