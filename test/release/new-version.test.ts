/** `npm run new-version` in a temporary copy: opens v2 beside v1, registered everywhere, generated and migratable. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

let repo: string;
const read = (p: string) => fs.readFileSync(path.join(repo, p), "utf8");
const tsx = (...args: string[]) => {
  const r = spawnSync(path.join(repo, "node_modules/.bin/tsx"), args, { cwd: repo, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-new-version-"));
  for (const part of ["src", "scripts", "schemas", "generated", "package.json", "tsconfig.json", "tsup.config.ts"]) fs.cpSync(path.join(ROOT, part), path.join(repo, part), { recursive: true });
  fs.mkdirSync(path.join(repo, ".changeset"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(repo, "node_modules"), "dir");
});
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

describe("new-version", () => {
  it("opens v2: source, entry point, generator, build, exports and migration registry", () => {
    const r = tsx("scripts/new-version.ts");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Opened v2 beside v1");
    expect(r.stdout).not.toContain("Do by hand");
    expect(fs.existsSync(path.join(repo, "src/schema/v2/index.ts"))).toBe(true);
    expect(read("src/schema/v2/types.ts")).toContain("generated/v2/types.js");
    expect(read("src/schema/v2/catalogue.ts")).toContain('pattern: "^2\\\\.(0|[1-9]\\\\d*)$", examples: ["2.0"]');
    expect(read("src/v2.ts")).toContain('SCHEMA_VERSION = "2.0"');
    expect(read("scripts/generate.ts")).toContain('{ version: "v2", documents: v2.documents, definitions: v2.definitions }');
    expect(read("tsup.config.ts")).toContain('v2: "src/v2.ts"');
    expect(JSON.parse(read("package.json")).exports["./v2"].import.default).toBe("./dist/v2.js");
    expect(read("src/migrate/registry.ts")).toContain("migrationSteps: readonly MigrationStep[] = [v1ToV2];");
    // The v1 sources stay as released.
    expect(read("src/schema/v1/catalogue.ts")).toBe(fs.readFileSync(path.join(ROOT, "src/schema/v1/catalogue.ts"), "utf8"));
  });

  it("generates schemas/v2 beside v1, and release:check requires a major release for it", () => {
    expect(tsx("scripts/generate.ts").code).toBe(0);
    const catalogue = JSON.parse(read("schemas/v2/catalogue.schema.json"));
    expect(catalogue.$id).toBe("https://zwfw-standard.org/schemas/v2/catalogue.schema.json");
    const check = tsx("scripts/release-check.ts");
    expect(check.stdout).toContain("schemas/v2: new major version (no released copy yet): requires major");
    expect(check.code).toBe(1);
  });

  it("migrate moves a v1 document to v2 through the scaffolded step", () => {
    fs.writeFileSync(path.join(repo, "m.ts"), 'import { migrate } from "./src/migrate/index.js";\nconsole.log(JSON.stringify(migrate({ schemaVersion: "1.0", kind: "basic", items: [] }, { from: "v1", to: "v2" })));\n');
    const r = tsx("m.ts");
    expect(JSON.parse(r.stdout)).toEqual({ schemaVersion: "2.0", kind: "basic", items: [] });
  });

  it("near miss: run again, it opens v3 and leaves v2 alone", () => {
    const before = read("src/schema/v2/catalogue.ts");
    expect(tsx("scripts/new-version.ts").stdout).toContain("Opened v3 beside v2");
    expect(read("src/schema/v2/catalogue.ts")).toBe(before);
    expect(read("src/migrate/registry.ts")).toContain("[v1ToV2, v2ToV3]");
  });
});
