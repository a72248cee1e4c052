import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A temporary folder of the run's own, and one for each file, checked empty after its tests (test/setup/).
    globalSetup: ["test/setup/run-tmpdir.ts"],
    setupFiles: ["test/setup/file-tmpdir.ts"],
    // CLI and package tests spawn processes; the default 5 s is too tight on a 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
