/** The README stays true: its code-set tables, rule table and commands match the code. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { agencyNatures, handlingForms, handlingTypes, levels, rules, serviceObjects } from "../src/index.js";
import { ROOT } from "./helpers/cli.js";

const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

describe("README", () => {
  it("starts with the two commands a newcomer runs", () => {
    const start = readme.slice(0, readme.indexOf("## Contents"));
    expect(start).toContain("npm install && npm run demo");
    expect(start).toContain("npm test");
  });

  it.each([levels, agencyNatures, serviceObjects, handlingForms, handlingTypes].map((s) => [s.id, s]))("lists every %s code with its label", (_, set) => {
    for (const entry of set.entries) expect(readme).toContain(`\`${entry.code}\` ${entry.zh}`);
  });

  it("documents the exit codes zwfw diff has: 0 a diff, 1 an input that fails the schema, 2 bad input", () => {
    const section = readme.slice(readme.indexOf("`zwfw diff old.json new.json"), readme.indexOf("### Catalogue diff: real output"));
    expect(section).toMatch(/exits 0 after\s+a successful diff/);
    expect(section).toMatch(/fails the\s+schema, its validation report is printed instead of a diff and the exit code is 1/);
    expect(section).toContain("It exits 2 with one line on stderr");
  });

  it.each(rules.map((r) => [r.id, r.severity]))("documents rule %s as %s", (id, severity) => {
    expect(readme).toContain(`| \`${id}\` | ${severity} |`);
  });
});
