/**
 * Packing builds first (`prepack`: the generated-files check, then the build), so a packed tarball's
 * validators always match its schemas. In a temporary copy of the repository a field is added to the
 * v2 TypeBox source: packing is refused while the generated files are stale; after `npm run generate`
 * and `npm run docs` (the documented flow) the tarball, installed into an empty project, accepts a
 * document that uses the new field. Slow (a full build): it lives in test/release, which runs once, in
 * `npm test` (CI) only; the mutation runs exclude it (vitest.mutation.config.ts).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../src/migrate/index.js";
import { validate } from "../../src/validate/validate.js";
import { ROOT } from "../helpers/cli.js";
import { readJson } from "../helpers/examples.js";

let tmp: string;
let repo: string;
const npm = (args: string[], cwd: string) => spawnSync("npm", [...args, "--no-audit", "--no-fund"], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

/** A clean v2 catalogue (the Gusu county list migrated) whose first material uses the field the copy adds. */
const document: any = migrate(readJson("examples/4-county-gusu.json"), { from: "v1", to: "v2" });
document.items[0].materials[0].storageNote = "原件核验后当场退还";

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-pack-"));
  repo = path.join(tmp, "repo");
  const parts = ["src", "scripts", "schemas", "generated", "docs", "examples", "package.json", "package-lock.json", "tsconfig.json", "tsup.config.ts", "README.md", "CHANGELOG.md"];
  for (const part of parts) fs.cpSync(path.join(ROOT, part), path.join(repo, part), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(repo, "node_modules"), "dir");
  // The working-tree change: a new optional element of 申请材料 in v2, not yet generated.
  const material = path.join(repo, "src/schema/v2/material.ts");
  const text = fs.readFileSync(material, "utf8");
  expect(text).toMatch(/\n {2}exemptible: /);
  fs.writeFileSync(material, text.replace(/\n {2}exemptible: /, '\n  storageNote: Type.Optional(Type.String({ title: "材料保管说明", description: "How the office keeps the material.", maxLength: 200 })),\n  exemptible: '));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("npm pack builds first", { timeout: 600_000 }, () => {
  it("the document uses a field the released tree does not have (so the test can fail)", () => {
    expect(validate(document).issues.map((i) => [i.rule, i.path])).toEqual([["schema", "/items/0/materials/0"]]);
  });

  it("refuses to pack while the generated files are stale (nothing is packed)", () => {
    const r = npm(["pack", "--pack-destination", tmp], repo);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("Generated files are out of date (run `npm run generate` and commit)");
    expect(r.stderr).toContain("stale: schemas/v2/defs.schema.json");
    expect(fs.readdirSync(tmp).filter((f) => f.endsWith(".tgz"))).toEqual([]);
  });

  it("after generate and docs, the packed tarball's validators accept the new field", () => {
    expect(npm(["run", "generate"], repo).status).toBe(0);
    expect(npm(["run", "docs"], repo).status).toBe(0);
    const pack = npm(["pack", "--silent", "--pack-destination", tmp], repo);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = path.join(tmp, pack.stdout.trim().split("\n").pop()!);

    const project = path.join(tmp, "consumer");
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    const install = npm(["install", "--prefer-offline", "--silent", tarball], project);
    expect(install.status, install.stderr).toBe(0);
    fs.writeFileSync(path.join(project, "doc.json"), JSON.stringify(document));
    const typo = structuredClone(document);
    typo.items[0].materials[0] = { ...typo.items[0].materials[0], storageNotes: "x" };
    fs.writeFileSync(path.join(project, "typo.json"), JSON.stringify(typo));
    fs.writeFileSync(path.join(project, "check.mjs"), `
      import fs from "node:fs";
      import { validate } from "zwfw-standard";
      import schema from "zwfw-standard/schemas/v2/defs.schema.json" with { type: "json" };
      const read = (f) => JSON.parse(fs.readFileSync(f, "utf8"));
      console.log(JSON.stringify([schema.$defs.Material.properties.storageNote.title, validate(read("doc.json")).issues, validate(read("typo.json")).ok]));
    `);
    const run = spawnSync(process.execPath, ["check.mjs"], { cwd: project, encoding: "utf8" });
    expect(run.stderr).toBe("");
    // The schema and the validators in the tarball both know the field; a near miss (a misspelt name) still fails.
    expect(JSON.parse(run.stdout)).toEqual(["材料保管说明", [], false]);
  });
});
