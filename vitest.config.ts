import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // CLI and package tests spawn processes; the default 5 s is too tight on a 2-core CI machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
