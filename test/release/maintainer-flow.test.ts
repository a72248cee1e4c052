/**
 * The maintainer's flow end to end, in a temporary copy of the repository: edit the TypeBox source →
 * generate → changeset → release:check (fails when the changeset declares too small a bump) → freeze.
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
const editSource = (file: string, from: RegExp, to: string) => {
  const p = path.join(repo, "src/schema/v1", file);
  const text = fs.readFileSync(p, "utf8");
  expect(text).toMatch(from);
  fs.writeFileSync(p, text.replace(from, to));
};

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-release-"));
  for (const part of ["src", "scripts", "schemas", "generated", "package.json", "tsconfig.json"]) fs.cpSync(path.join(ROOT, part), path.join(repo, part), { recursive: true });
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

  it("fails a too-small changeset for a breaking change, and passes a major one", () => {
    // Make Material.copies (份数) required: documents without it become invalid.
    editSource("material.ts", /copies: Type\.Optional\((Type\.Integer\(\{[^}]*\}\))\),/, "copies: $1,");
    expect(tsx("scripts/generate.ts").code).toBe(0);

    const none = releaseCheck();
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/defs\.schema\.json#\/\$defs\/Material\/required\/\d+ property copies is now required \[required-added\]/);
    expect(none.stderr).toContain("require a major release of zwfw-standard, but the pending changesets declare none");

    changeset("minor");
    const minor = releaseCheck();
    expect(minor.code).toBe(1);
    expect(minor.stdout).toContain("[required-added]");
    expect(minor.stderr).toContain("declare minor");

    changeset("major");
    const major = releaseCheck();
    expect(major.stderr).toBe("");
    expect(major.stdout).toContain("release:check passed: major covers the required major.");
    expect(major.code).toBe(0);
  });

  it("release:freeze records the release, after which the same schemas need no changeset", () => {
    expect(tsx("scripts/freeze-release.ts").code).toBe(0);
    const frozen = JSON.parse(fs.readFileSync(path.join(repo, "schemas/v1/released/defs.schema.json"), "utf8"));
    expect(frozen.$defs.Material.required).toContain("copies");
    fs.rmSync(path.join(repo, ".changeset/schema-change.md"));
    const r = releaseCheck();
    expect(r.stdout).toContain("requires none");
    expect(r.code).toBe(0);
  });

  it("an additive change (a new optional material field) needs minor: patch fails, minor passes", () => {
    editSource("material.ts", /(\s+note: Type\.Optional)/, `\n  remark: Type.Optional(Type.String({ title: "备注", description: "Free remark.", maxLength: 200 })),$1`);
    expect(tsx("scripts/generate.ts").code).toBe(0);
    changeset("patch");
    const patch = releaseCheck();
    expect(patch.code).toBe(1);
    expect(patch.stdout).toContain("defs.schema.json#/$defs/Material/properties/remark property remark added to closed object [property-added]");
    changeset("minor");
    expect(releaseCheck().code).toBe(0);
  });
});
