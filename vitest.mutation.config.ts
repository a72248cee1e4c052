/**
 * The tests Stryker runs against each mutant (stryker.config.mjs). In-process tests only: tests that spawn the
 * built CLI, pack the package or drive a browser exercise `dist/`, which Stryker does not rebuild per mutant.
 * With MUTATE set to one folder, only that folder's own test directories run, so its score counts what its own
 * tests pin (a lower bound: other tests may kill more) and a run fits a shared 2-core machine.
 */
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

/** The test directories that pin each mutated folder. */
const OWN_TESTS: Record<string, string[]> = {
  // The rules through run-rules alone (test/rules): each case one cause, whole issues; test/validate runs them again through validate().
  "src/rules": ["test/rules", "test/regions/region-code-unknown.test.ts"],
  // compare-bundle-lists.ts and bundle-member-added are pinned by the bundle conformance test, which lives with the bundles.
  "src/conformance": ["test/conformance", "test/bundle/conformance.test.ts"],
  "src/conformance/rules": ["test/conformance/rules.test.ts", "test/conformance/rules-v2.test.ts", "test/bundle/conformance.test.ts"],
  "src/conformance/policy": ["test/conformance/policy.test.ts"],
  "src/identifiers": ["test/identifiers", "test/validate"],
  "src/diff": ["test/diff"],
  "src/diff/schema": ["test/diff/schema-*.test.ts", "test/diff/json-equal.test.ts", "test/diff/bump.test.ts"],
  // validate()'s registry option is pinned by the region-code-unknown test (test/regions).
  "src/validate": ["test/validate", "test/stream", "test/regions/region-code-unknown.test.ts"],
  "src/spreadsheet": ["test/spreadsheet"],
};

const folder = process.env.MUTATE?.replace(/\/+$/, "");
/** A sub-folder without its own entry (src/conformance/rules) runs its parent folder's tests. */
const ownTests = (f: string): string[] | undefined => OWN_TESTS[f] ?? (f.includes("/", 4) ? ownTests(f.slice(0, f.lastIndexOf("/"))) : undefined);
/** MUTATE_TESTS (comma-separated test files or folders) narrows a run to the tests written for the folder. */
const narrowed = process.env.MUTATE_TESTS?.split(",").map((t) => t.trim()).filter(Boolean);
const own = narrowed?.length ? narrowed : folder ? ownTests(folder) : undefined;

// Spread rather than mergeConfig, which would append `include` to the base's instead of replacing it.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    ...(own ? { include: own.map((t) => (t.endsWith(".ts") ? t : `${t}/**/*.test.ts`)) } : {}),
    // The temporary-folder checks (test/setup/) guard the suite, not a mutant; each mutant run skips their cost.
    globalSetup: [],
    setupFiles: [],
    // Read by the few tests that spawn the built CLI inside an otherwise in-process file
    // (test/spreadsheet/cli-it.ts): they skip, since dist/ is not the mutant.
    env: { ...base.test?.env, ZWFW_MUTATION_RUN: "1" },
    exclude: [
      "**/node_modules/**",
      "test/**/cli.test.ts",
      "test/**/*-cli.test.ts",
      "test/cli/**",
      "test/package/**",
      "test/release/**",
      "test/site/**",
      "test/hostile/**",
      "test/spreadsheet/hostile.test.ts",
      "test/stream/cli-validate.test.ts",
      "test/regions/entry.test.ts",
      // These spawn the built CLI too (dist/, not the mutant).
      "test/conformance/region-cli.test.ts",
      "test/conformance/mixed-majors.test.ts",
      "test/readme.test.ts",
      // Half of it runs the built CLI (`zwfw validate --schema`); its library half pins src/stream and src/node, not src/validate.
      "test/stream/schema-pin.test.ts",
    ],
  },
});
