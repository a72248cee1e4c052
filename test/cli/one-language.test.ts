/**
 * One language per run (issue 13): the lines the CLI prints for library errors (policy, derive,
 * diff, bundle), unreadable inputs (CSV, UTF-8, gzip) and schema findings are all in the run's
 * language. A zh line carries no ASCII gloss in parentheses ("文件不存在 (no such file)"), an en
 * line no Chinese text of ours (the file names below are ASCII, so any CJK would be ours).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { scratchDir } from "../helpers/scratch.js";

const dir = scratchDir("zwfw-one-language-");
const at = (name: string) => path.join(dir, name);
fs.writeFileSync(at("policy.json"), JSON.stringify({ rules: { "no-such-rule": "error" } }));
fs.writeFileSync(at("quote.csv"), '事项名称,基本编码\n"unclosed,1\n');
fs.writeFileSync(at("gbk.jsonl"), Buffer.concat([Buffer.from('{"name": "'), Buffer.from([0xd0, 0xd0]), Buffer.from('"}\n')]));
fs.writeFileSync(at("bad.jsonl.gz"), "not gzip");
const county = JSON.parse(fs.readFileSync("examples/4-county-gusu.json", "utf8"));
delete county.items[0].name;
county.items[0].timeLimit.promised.unit = "week";
fs.writeFileSync(at("broken.json"), JSON.stringify(county, null, 2));

/** Command lines whose output must be one language (stdout and stderr). */
const CASES: [string, string[]][] = [
  ["a policy naming an unknown rule", ["conform", "--upper", "examples/3-city-suzhou.json", "examples/4-county-gusu.json", "--policy", at("policy.json")]],
  ["derive with a credit code that fails its check", ["derive", "examples/2-province-standard.json", "--region", "320508000000", "--agency-name", "x", "--agency-code", "11320508MB1H3K5E5A", "--agency-nature", "1"]],
  ["diff of two kinds", ["diff", "examples/1-province-basic.json", "examples/county-gusu-batch-1.json"]],
  ["diff of a non-catalogue", ["diff", "schemas/v1/defs.schema.json", "examples/county-gusu-batch-1.json"]],
  ["an unclosed CSV quote", ["import", at("quote.csv"), "-o", at("out.json")]],
  ["GBK bytes in JSONL", ["validate", at("gbk.jsonl")]],
  ["a corrupt gzip", ["validate", at("bad.jsonl.gz")]],
  ["a missing file", ["validate", at("missing.json")]],
  ["schema findings", ["validate", at("broken.json")]],
];

/** An ASCII gloss in parentheses after Chinese text: "文件不存在 (no such file)". */
const GLOSS = /\p{Script=Han}[^\n]*[(（][a-z][a-z]+ [a-z]+[^)）]*[)）]/u;
/** Our Chinese text in an en line; the item names of the examples (data, not ours) are left out by checking stderr only. */
const HAN = /\p{Script=Han}/u;

describe("one language per run", () => {
  it.each(CASES)("%s: zh lines carry no English gloss", (_name, args) => {
    const r = runCli(args);
    expect([1, 2]).toContain(r.code);
    const lines = `${r.stdout}\n${r.stderr}`.split("\n").filter((l) => HAN.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(GLOSS);
  });

  it.each(CASES)("%s: en error lines carry no Chinese", (_name, args) => {
    const r = runCli([...args, "--locale", "en"]);
    expect([1, 2]).toContain(r.code);
    for (const line of r.stderr.split("\n").filter((l) => l.startsWith("zwfw:"))) expect(line).not.toMatch(HAN);
  });

  it("the schema findings name the element: title in zh, property in en", () => {
    const zh = runCli(["validate", at("broken.json")]).stdout;
    expect(zh).toContain("缺少必填要素「事项名称」");
    expect(zh).toContain("「承诺办结时限 › 时限单位」不在代码集中");
    const en = runCli(["validate", at("broken.json"), "--locale", "en"]).stdout;
    expect(en).toContain('missing required element "name"');
    expect(en).toContain('"timeLimit.promised.unit" is not in the code set');
  });
});
