/**
 * Golden tests of what the CLI says, in both languages: every help page, every usage, option and
 * input error line, and every entry of the CLI's catalogue. Help fits 80 display columns (CJK
 * characters count two) and speaks one language at a time. Update the golden files with
 * `npx vitest run test/cli/messages.golden.test.ts -u` and review the diff.
 */
import fs from "node:fs";
import path from "node:path";
import { eastAsianWidth } from "get-east-asian-width";
import { describe, expect, it } from "vitest";
import { cliErrorMessages } from "../../src/i18n/catalogue/cli-errors.js";
import { cliHelpMessages } from "../../src/i18n/catalogue/cli-help.js";
import { cliReportMessages } from "../../src/i18n/catalogue/cli-report.js";
import { errorMessages } from "../../src/i18n/catalogue/errors.js";
import { inputMessages } from "../../src/i18n/catalogue/input.js";
import { streamMessages } from "../../src/i18n/catalogue/stream.js";
import type { Entry } from "../../src/i18n/entry.js";
import { LOCALES, type Locale } from "../../src/i18n/locale.js";
import { runCli } from "../helpers/cli.js";
import { scratchDir } from "../helpers/scratch.js";

const COMMANDS = ["validate", "rules", "region", "conform", "derive", "diff", "schema-diff", "import", "export", "template"];
const dir = scratchDir("zwfw-golden-");
fs.writeFileSync(path.join(dir, "malformed.json"), '{\n  "kind": "basic",\n  "items": [1,,2]\n}\n');
fs.writeFileSync(path.join(dir, "gbk.json"), Buffer.concat([Buffer.from('{"name": "'), Buffer.from([0xd0, 0xd0]), Buffer.from('"}')]));
fs.writeFileSync(path.join(dir, "bad.json.gz"), "not gzip");
fs.writeFileSync(path.join(dir, "plain.txt"), "hello\n");

/** Columns a line takes on a terminal (independent of the CLI's own measure). */
const columns = (line: string) => [...line].reduce((n, ch) => n + eastAsianWidth(ch.codePointAt(0)!), 0);

/** The command lines whose one-line error each golden file records. */
const ERROR_CASES: string[][] = [
  ["frobnicate"],
  ["validate"],
  ["validate", "examples/4-county-gusu.json", "--bogus"],
  ["validate", "examples/4-county-gusu.json", "--report"],
  ["validate", "examples/4-county-gusu.json", "--report", "xml"],
  ["validate", "examples/4-county-gusu.json", "--as", "thing"],
  ["validate", "examples/4-county-gusu.json", "--item", "thing"],
  ["validate", "examples/4-county-gusu.json", "--jobs", "0"],
  ["validate", "examples/4-county-gusu.json", "--max-issues", "x"],
  ["validate", "examples/4-county-gusu.json", "--max-warnings", "-1"],
  ["validate", "no-such-file.json"],
  ["validate", "examples"],
  ["validate", "@/malformed.json"],
  ["validate", "@/gbk.json"],
  ["validate", "@/bad.json.gz"],
  ["validate", "@/plain.txt"],
  ["region", "12"],
  ["rules", "--report", "markdown"],
  ["conform", "examples/3-city-suzhou.json"],
  ["conform", "--chain", "examples/3-city-suzhou.json"],
  ["diff", "examples/4-county-gusu.json"],
  ["diff", "examples/4-county-gusu.json", "examples/4-county-gusu.json", "extra"],
  ["import", "no-such-file.xlsx", "-o", "@/out.json"],
  ["import", "examples/4-county-gusu.json"],
  ["import", "examples/4-county-gusu.json", "-o", "@/out.json"],
  ["import", "x.xlsx", "-o", "@/out.json", "--kind", "thing"],
  ["import", "x.xlsx", "-o", "@/out.json", "--region", "12"],
  ["export", "examples/4-county-gusu.json"],
  ["export", "@/plain.txt", "-o", "@/x.xlsx"],
  ["template", "-o", "@/t.xlsx", "--kind", "thing"],
  ["derive", "examples/2-province-standard.json", "--region", "320508000000", "--agency-name", "x", "--agency-code", "y", "--agency-nature", "7"],
  ["schema-diff", "schemas/v1", "schemas/v1/catalogue.schema.json"],
  ["schema-diff", "schemas/v1", "schemas/v1", "--fail-on", "huge"],
];

describe.each(LOCALES)("%s", (locale) => {
  const args = (list: string[]) => [...list.map((a) => a.replace(/^@/, dir)), "--locale", locale];

  // One test per command line (each spawns the CLI), then one over what they printed.
  const pages: string[] = [];
  it.each([["--help"], ...COMMANDS.map((c) => [c, "--help"])].map((list) => [list.join(" "), list] as const))("zwfw %s prints help, exit 0", (_name, list) => {
    const r = runCli(args([...list]));
    expect(r.code).toBe(0);
    pages.push(`$ zwfw ${list.join(" ")}\n${r.stdout}`);
  });

  it("help of the program and every command: golden, 80 columns, one language", async () => {
    expect(pages).toHaveLength(COMMANDS.length + 1);
    const text = pages.join("\n");
    await expect(text).toMatchFileSnapshot(`golden/help.${locale}.txt`);
    const wide = text.split("\n").filter((line) => columns(line) > 80);
    expect(wide).toEqual([]);
    if (locale === "en") {
      // Sheet names (事项, 目录信息) and level names (县级) are literal values the user types, not prose.
      expect(text.split("\n").filter((line) => /[\u3400-\u9fff]/.test(line.replace(/事项|目录信息|县级/g, "")))).toEqual([]);
    } else {
      expect(text).not.toMatch(/Usage:|Options:|Commands:|Arguments:|default:|display help|\bshow help/);
      expect(text.startsWith("$ zwfw --help\n快速上手：\n")).toBe(true);
    }
  });

  const lines: string[] = [];
  it.each(ERROR_CASES.map((list) => [list.join(" "), list] as const))("zwfw %s: one line, exit 2", (_name, list) => {
    const r = runCli(args([...list]));
    expect([r.code, r.stderr.trim().split("\n").length]).toEqual([2, 1]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    lines.push(`$ zwfw ${list.join(" ")}\n${r.stderr.replaceAll(dir, "@")}`);
  });

  it("usage, option and input errors: golden", async () => {
    expect(lines).toHaveLength(ERROR_CASES.length);
    await expect(lines.join("\n")).toMatchFileSnapshot(`golden/errors.${locale}.txt`);
  });

  it("LANG=en* chooses English and --locale overrides it", () => {
    const en = runCli(["validate"], { env: { LANG: "en_US.UTF-8", LC_ALL: "" } });
    const zh = runCli(["validate", "--locale", "zh-CN"], { env: { LANG: "en_US.UTF-8", LC_ALL: "" } });
    expect([en.stderr, zh.stderr]).toEqual(["zwfw: missing argument files\n", "zwfw: 缺少参数 files\n"]);
  });
});

/** Every entry in both languages with sample parameters ("{name}"), against a golden file; no entry says the same in both. */
async function expectGolden(entries: Record<string, Entry>, golden: string): Promise<void> {
  const params = new Proxy({}, { get: (_t, key) => (typeof key === "string" ? `{${key}}` : undefined) });
  const text = Object.entries(entries)
    .map(([id, entry]) => [id, ...LOCALES.map((l: Locale) => `  ${l}: ${entry[l](params)}`)].join("\n"))
    .join("\n");
  await expect(text + "\n").toMatchFileSnapshot(golden);
  for (const [id, entry] of Object.entries(entries)) expect(entry["zh-CN"](params), id).not.toBe(entry.en(params));
}

describe("the CLI catalogue", () => {
  it("every entry in both languages (sample parameters), golden", async () => {
    await expectGolden({ ...cliHelpMessages, ...cliErrorMessages, ...cliReportMessages }, "golden/catalogue.txt");
  });

  it("every library error, input and stream error the CLI rewords, in both languages, golden", async () => {
    await expectGolden({ ...errorMessages, ...inputMessages, ...streamMessages }, "golden/library-errors.txt");
  });
});
