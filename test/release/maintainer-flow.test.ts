/**
 * The maintainer's flow end to end, in a temporary copy of the repository: edit the TypeBox source →
 * generate → changeset → release:check → freeze. The gate fails a changeset that declares too small a
 * bump, refuses any breaking change to a released major (even with a major changeset), wants
 * SCHEMA_VERSION raised with an additive change, and the lockfile's version to follow package.json's.
 * The copy starts as the working tree is: a major opened since the last release is released first.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

let repo: string;
const tsx = (script: string) => {
  const r = spawnSync(path.join(repo, "node_modules/.bin/tsx"), [script], { cwd: repo, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const releaseCheck = () => tsx("scripts/release-check.ts");
const changeset = (bump: string) => fs.writeFileSync(path.join(repo, ".changeset/schema-change.md"), `---\n"zwfw-standard": ${bump}\n---\n\nSchema change.\n`);
/** Edits a v1 source file; returns a function that restores it. */
const editSource = (file: string, from: RegExp, to: string) => {
  const p = path.join(repo, "src/schema/v1", file);
  const text = fs.readFileSync(p, "utf8");
  expect(text).toMatch(from);
  fs.writeFileSync(p, text.replace(from, to));
  return () => fs.writeFileSync(p, text);
};

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-release-"));
  for (const part of ["src", "scripts", "schemas", "generated", "package.json", "package-lock.json", "tsconfig.json"]) fs.cpSync(path.join(ROOT, part), path.join(repo, part), { recursive: true });
  fs.mkdirSync(path.join(repo, ".changeset"));
  fs.writeFileSync(path.join(repo, ".changeset/config.json"), JSON.stringify({ baseBranch: "main", access: "public" }));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(repo, "node_modules"), "dir");
});
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

describe("release:check in the maintainer's flow", { timeout: 180_000 }, () => {
  it("a major opened since the last release (no released copy) requires a major changeset; freezing records it", () => {
    const unreleased = fs.readdirSync(path.join(repo, "schemas")).filter((d) => /^v\d+$/.test(d) && !fs.existsSync(path.join(repo, "schemas", d, "released")));
    expect(unreleased.length).toBeGreaterThan(0);
    const none = releaseCheck();
    for (const v of unreleased) expect(none.stdout).toContain(`schemas/${v}: new major version (no released copy yet): requires major`);
    expect(none.code).toBe(1);
    changeset("minor");
    expect(releaseCheck().code).toBe(1);
    changeset("major");
    expect(releaseCheck().code).toBe(0);
    expect(tsx("scripts/freeze-release.ts").code).toBe(0);
    fs.rmSync(path.join(repo, ".changeset/schema-change.md"));
  });

  it("passes with no schema change and no changeset", () => {
    const r = releaseCheck();
    expect(r.stdout).toContain("schemas/v1 against schemas/v1/released: requires none");
    expect(r.code).toBe(0);
  });

  it("refuses a breaking change to a released major whatever the changeset says, major included", () => {
    // Make Material.copies (份数) required: documents without it become invalid.
    const restore = editSource("material.ts", /copies: Type\.Optional\((Type\.Integer\(\{[^}]*\}\))\),/, "copies: $1,");
    expect(tsx("scripts/generate.ts").code).toBe(0);
    const refusal = "release:check failed: schemas/v1 breaks its released major; a released major never takes a breaking change, whatever the changesets declare: revert it and make it in a new major (`npm run new-version`).";

    const none = releaseCheck();
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/defs\.schema\.json#\/\$defs\/Material\/required\/\d+ property copies is now required \[required-added\]/);
    expect(none.stderr).toContain(refusal);
    expect(none.stderr).toContain("require a major release of zwfw-standard, but the pending changesets declare none");

    changeset("minor");
    expect(releaseCheck()).toMatchObject({ code: 1, stderr: expect.stringContaining(refusal) });

    changeset("major");
    const major = releaseCheck();
    expect(major.code).toBe(1);
    expect(major.stdout).toContain("[required-added]");
    expect(major.stdout).toContain("changesets declare major");
    expect(major.stderr).toBe(`${refusal}\n`);
    expect(major.stdout).not.toContain("release:check passed");

    // Reverted, the released major is intact again.
    restore();
    expect(tsx("scripts/generate.ts").code).toBe(0);
    fs.rmSync(path.join(repo, ".changeset/schema-change.md"));
    expect(releaseCheck()).toMatchObject({ code: 0, stderr: "" });
  });

  it("an additive change (a new optional material field) needs minor and a raised SCHEMA_VERSION", () => {
    editSource("material.ts", /(\s+note: Type\.Optional)/, `\n  remark: Type.Optional(Type.String({ title: "备注", description: "Free remark.", maxLength: 200 })),$1`);
    expect(tsx("scripts/generate.ts").code).toBe(0);
    changeset("patch");
    const patch = releaseCheck();
    expect(patch.code).toBe(1);
    expect(patch.stdout).toContain("defs.schema.json#/$defs/Material/properties/remark property remark added to closed object [property-added]");
    expect(patch.stderr).toContain("declare patch");

    changeset("minor");
    const minor = releaseCheck();
    expect(minor.code).toBe(1);
    expect(minor.stderr).toBe("release:check failed: schemas/v1 accepts more than its release 1.0, but SCHEMA_VERSION is still 1.0: raise it in src/schema/v1/version.ts (e.g. to 1.1) and run `npm run generate`.\n");

    editSource("version.ts", /SCHEMA_VERSION = "1\.0"/, 'SCHEMA_VERSION = "1.1"');
    expect(tsx("scripts/generate.ts").code).toBe(0);
    expect(releaseCheck()).toMatchObject({ code: 0, stderr: "" });
  });

  it("release:freeze records the release (its SCHEMA_VERSION too), after which the same schemas need no changeset", () => {
    expect(tsx("scripts/freeze-release.ts").code).toBe(0);
    const frozen = JSON.parse(fs.readFileSync(path.join(repo, "schemas/v1/released/defs.schema.json"), "utf8"));
    expect(frozen.$defs.Material.properties.remark.title).toBe("备注");
    expect(frozen.$defs.ImplementationCatalogue.properties.schemaVersion.examples).toEqual(["1.1"]);
    fs.rmSync(path.join(repo, ".changeset/schema-change.md"));
    const r = releaseCheck();
    expect(r.stdout).toContain("requires none");
    expect(r.code).toBe(0);
  });

  it("the lockfile's version follows package.json's: a version bump alone fails, `npm install --package-lock-only` mends it", () => {
    const pkgFile = path.join(repo, "package.json");
    const pkg = JSON.parse(fs.readFileSync(pkgFile, "utf8"));
    fs.writeFileSync(pkgFile, JSON.stringify({ ...pkg, version: "9.9.9" }, null, 2) + "\n");
    const stale = releaseCheck();
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(`release:check failed: package-lock.json says ${pkg.version}, package.json 9.9.9`);
    const install = spawnSync("npm", ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"], { cwd: repo, encoding: "utf8" });
    expect(install.status, install.stderr).toBe(0);
    expect(releaseCheck()).toMatchObject({ code: 0, stderr: "" });
  });
});
