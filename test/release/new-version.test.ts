/** `npm run new-version` in a temporary copy: opens the next major beside the newest, registered everywhere, generated and migratable. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

let repo: string;
/** The newest major in the repository (n) and the one new-version opens (n + 1). */
const n = Math.max(...fs.readdirSync(path.join(ROOT, "src/schema")).filter((d) => /^v\d+$/.test(d)).map((d) => Number(d.slice(1))));
const [from, to, after] = [`v${n}`, `v${n + 1}`, `v${n + 2}`];
const read = (p: string) => fs.readFileSync(path.join(repo, p), "utf8");
const tsx = (...args: string[]) => {
  const r = spawnSync(path.join(repo, "node_modules/.bin/tsx"), args, { cwd: repo, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), "zwfw-new-version-"));
  for (const part of ["src", "scripts", "schemas", "generated", "package.json", "package-lock.json", "tsconfig.json", "tsup.config.ts"]) fs.cpSync(path.join(ROOT, part), path.join(repo, part), { recursive: true });
  fs.mkdirSync(path.join(repo, ".changeset"));
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(repo, "node_modules"), "dir");
});
afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

describe("new-version", () => {
  it(`opens ${to}: source, run-time description, entry point, registration, build, exports and migration registry`, () => {
    const steps = read("src/migrate/registry.ts").match(/migrationSteps: readonly MigrationStep\[\] = \[([^\]]*)\];/)![1]!.trim();
    const r = tsx("scripts/new-version.ts");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Opened ${to} beside ${from}`);
    expect(r.stdout).not.toContain("Do by hand");
    expect(fs.existsSync(path.join(repo, `src/schema/${to}/index.ts`))).toBe(true);
    expect(read(`src/schema/${to}/types.ts`)).toContain(`generated/${to}/types.js`);
    expect(read(`src/schema/${to}/version.ts`)).toContain(`SCHEMA_VERSION_PATTERN = "^${n + 1}\\\\.(0|[1-9]\\\\d*)$"`);
    expect(read(`src/schema/${to}/version.ts`)).toContain(`SCHEMA_VERSION = "${n + 1}.0"`);
    expect(read(`src/schema/${to}/major.ts`)).toContain(`export const ${to}: Major`);
    expect(read(`src/${to}.ts`)).toContain(`validatorFor([${to}])`);
    expect(read("src/schema/majors.ts")).toContain(`import { ${to}, ${to}FastItemValidators } from "./${to}/major.js";`);
    expect(read("src/schema/majors.ts")).toMatch(new RegExp(`const registered = \\[[^\\]]*${from}, ${to}\\] as const;`));
    expect(read("src/schema/majors.ts")).toContain(`${from}: ${from}FastItemValidators, ${to}: ${to}FastItemValidators };`);
    expect(read("tsup.config.ts")).toContain(`${to}: "src/${to}.ts"`);
    const pkg = JSON.parse(read("package.json"));
    expect(pkg.exports[`./${to}`].import.default).toBe(`./dist/${to}.js`);
    expect(pkg.exports[`./schemas/${to}/*.json`]).toBe(`./schemas/${to}/*.json`);
    // generated/ is bundled into dist, not shipped (issue 12), so `files` names no generated folder.
    expect(pkg.files.some((f: string) => f.startsWith("generated/"))).toBe(false);
    const stepName = `${from}To${to.toUpperCase()}`;
    expect(read("src/migrate/registry.ts")).toContain(`migrationSteps: readonly MigrationStep[] = [${steps ? `${steps}, ` : ""}${stepName}];`);
    // The older majors' sources stay as released.
    expect(read(`src/schema/${from}/version.ts`)).toBe(fs.readFileSync(path.join(ROOT, `src/schema/${from}/version.ts`), "utf8"));
    expect(read(`src/schema/${from}/catalogue.ts`)).toBe(fs.readFileSync(path.join(ROOT, `src/schema/${from}/catalogue.ts`), "utf8"));
  });

  it(`generates schemas/${to} beside ${from}, and release:check requires a major release for it`, () => {
    expect(tsx("scripts/generate.ts").code).toBe(0);
    const catalogue = JSON.parse(read(`schemas/${to}/catalogue.schema.json`));
    expect(catalogue.$id).toBe(`https://zwfw-standard.org/schemas/${to}/catalogue.schema.json`);
    const check = tsx("scripts/release-check.ts");
    expect(check.stdout).toContain(`schemas/${to}: new major version (no released copy yet): requires major`);
    expect(check.code).toBe(1);
  });

  it(`validate() reads a ${n + 1}.0 catalogue as ${to}, and migrate moves a ${from} document to ${to} through the scaffolded step`, () => {
    fs.writeFileSync(path.join(repo, "m.ts"), [
      'import { migrate } from "./src/migrate/index.js";',
      'import { validate } from "./src/validate/index.js";',
      `const doc = { schemaVersion: "${n}.0", kind: "basic", region: { code: "320000000000", level: "2" }, publisher: { name: "江苏省政务服务管理办公室" }, items: [] };`,
      `const next = migrate(doc, { from: "${from}", to: "${to}" });`,
      "console.log(JSON.stringify([next, validate(next).ok]));",
    ].join("\n"));
    const r = tsx("m.ts");
    expect(r.stderr).toBe("");
    const [next, ok] = JSON.parse(r.stdout);
    expect(next.schemaVersion).toBe(`${n + 1}.0`);
    expect(ok).toBe(true);
  });

  it(`near miss: run again, it opens ${after} and leaves ${to} alone`, () => {
    const before = read(`src/schema/${to}/catalogue.ts`);
    expect(tsx("scripts/new-version.ts").stdout).toContain(`Opened ${after} beside ${to}`);
    expect(read(`src/schema/${to}/catalogue.ts`)).toBe(before);
    expect(read("src/migrate/registry.ts")).toContain(`${from}To${to.toUpperCase()}, ${to}To${after.toUpperCase()}]`);
  });
});
