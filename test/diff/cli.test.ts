/** `zwfw schema-diff` and `zwfw diff` from the built CLI: reports, --fail-on, exit codes 0/1/2. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrate } from "../../src/migrate/index.js";
import { readJson } from "../helpers/examples.js";
import { jsonReport, ROOT, runCli } from "../helpers/cli.js";
import { scratchDir } from "../helpers/scratch.js";

const tmp = scratchDir("zwfw-diff-cli-");

/** A copy of schemas/v1 with Material.name's maxLength raised (a minor change). */
function widenedSchemas(): string {
  const dir = path.join(tmp, "widened");
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(path.join(ROOT, "schemas/v1")).filter((f) => f.endsWith(".json"))) fs.copyFileSync(path.join(ROOT, "schemas/v1", f), path.join(dir, f));
  const defs = JSON.parse(fs.readFileSync(path.join(dir, "defs.schema.json"), "utf8"));
  defs.$defs.Material.properties.name.maxLength = 300;
  fs.writeFileSync(path.join(dir, "defs.schema.json"), JSON.stringify(defs));
  return dir;
}
const widened = widenedSchemas();
const PATH = "defs.schema.json#/$defs/Material/properties/name/maxLength";

describe("zwfw schema-diff", () => {
  it("the released 1.0 schemas against the current ones: no change, exit 0 even with --fail-on patch", () => {
    const r = runCli(["schema-diff", "schemas/v1/released", "schemas/v1", "--fail-on", "patch"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("两版模式没有差异");
  });

  it("lists a change with its path and id, and the required bump", () => {
    const r = runCli(["schema-diff", "schemas/v1", widened, "--locale", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${PATH} maxLength raised: 200 → 300 [max-length-increased]`);
    expect(r.stdout).toContain("required bump: minor");
  });

  it("--fail-on: exit 1 when the bump reaches it, 0 below it", () => {
    expect(runCli(["schema-diff", "schemas/v1", widened, "--fail-on", "minor"]).code).toBe(1);
    expect(runCli(["schema-diff", "schemas/v1", widened, "--fail-on", "major"]).code).toBe(0);
  });

  it("--report json is exactly the diff", () => {
    const diff = jsonReport(runCli(["schema-diff", "schemas/v1", widened, "--report", "json"]));
    expect(diff).toEqual({ bump: "minor", changes: [{ path: PATH, change: "max-length-increased", backward: true, forward: false, message: "最大长度放宽：200 → 300" }] });
  });

  it("--report markdown: the summary table first, then the changes; Chinese headings unless --locale en", () => {
    const zh = runCli(["schema-diff", "schemas/v1", widened, "--report", "markdown"]).stdout.split("\n");
    expect(zh.slice(0, 5)).toEqual(["## 模式差异", "", "| 版本升级 | 不兼容 | 兼容 | 注释 |", "|---|---:|---:|---:|", "| **次版本（minor）** | 0 | 1 | 0 |"]);
    expect(zh).toContain(`| 兼容 | \`max-length-increased\` | \`${PATH}\` | 是 | **否** | 最大长度放宽：200 → 300 |`);
    expect(runCli(["schema-diff", "schemas/v1", widened, "--report", "markdown", "--locale", "en"]).stdout).toMatch(/^## Schema diff\n/);
  });

  it("two single files diff with the files their $refs name", () => {
    const r = runCli(["schema-diff", "schemas/v1/standard-item.schema.json", path.join(widened, "standard-item.schema.json"), "--report", "json"]);
    expect(jsonReport(r).changes.map((c: { path: string }) => c.path)).toEqual([PATH]);
  });

  it.each([
    ["a missing file", ["schema-diff", "nope.json", "schemas/v1/defs.schema.json"], /^zwfw: nope\.json: 文件或文件夹不存在\n$/],
    ["a file against a folder", ["schema-diff", "schemas/v1/defs.schema.json", "schemas/v1", "--locale", "en"], /^zwfw: give two schema files or two folders/],
    ["a bad --fail-on", ["schema-diff", "schemas/v1", "schemas/v1", "--fail-on", "huge", "--locale", "en"], /^zwfw: --fail-on must be one of major \| minor \| patch \(got "huge"\)\n$/],
    ["a bad --report", ["schema-diff", "schemas/v1", "schemas/v1", "--report", "html"], /^zwfw: --report 只能取 text \| json \| markdown（收到“html”）\n$/],
  ])("exit 2 with one line on %s", (_name, args, stderr) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exit 2 when a $ref cannot be resolved", () => {
    const lonely = path.join(tmp, "lonely");
    fs.mkdirSync(lonely, { recursive: true });
    fs.copyFileSync(path.join(ROOT, "schemas/v1/standard-item.schema.json"), path.join(lonely, "standard-item.schema.json"));
    const r = runCli(["schema-diff", path.join(lonely, "standard-item.schema.json"), "schemas/v1/standard-item.schema.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/引用了 defs\.schema\.json，但它不在 .*lonely 中\n$/);
  });

  it("a $ref the diff cannot follow, or a value that is no schema: one line in the run's language (exit 2)", () => {
    const write = (name: string, schema: unknown) => {
      const file = path.join(tmp, name);
      fs.writeFileSync(file, JSON.stringify(schema));
      return file;
    };
    const fragment = write("fragment.schema.json", { $defs: { A: { type: "string" } }, properties: { a: { $ref: "#A" } } });
    expect(runCli(["schema-diff", fragment, fragment])).toEqual({ code: 2, stdout: "", stderr: 'zwfw: 不支持的 $ref "#A"：只解析 JSON Pointer 片段\n' });
    expect(runCli(["schema-diff", fragment, fragment, "--locale", "en"])).toEqual({ code: 2, stdout: "", stderr: 'zwfw: unsupported $ref "#A": only JSON Pointer fragments are resolved\n' });
    // A pointer alone does not say which file it is in: the line names both.
    const inner = write("inner.schema.json", { properties: { a: 5 } });
    expect(runCli(["schema-diff", inner, inner])).toEqual({ code: 2, stdout: "", stderr: `zwfw: ${inner} → ${inner}: /properties/a 不是 JSON Schema（应为对象或布尔值）\n` });
    expect(runCli(["schema-diff", inner, inner, "--locale", "en"])).toEqual({ code: 2, stdout: "", stderr: `zwfw: ${inner} → ${inner}: /properties/a is not a JSON Schema (an object or a boolean)\n` });
  });
});

describe("zwfw diff", () => {
  const BATCHES = ["examples/county-gusu-batch-1.json", "examples/county-gusu-batch-2.json"];

  it("exits 0 and prints the summary, metrics and items as text", () => {
    const r = runCli(["diff", ...BATCHES]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("新增 1 项，取消 1 项，变更 3 项，未变 1 项");
    expect(r.stdout).toContain("承诺时限合计（工作日）: 20 → 13 (-35.0%)");
    expect(r.stdout).toContain("  - 11320508MB1T8U4H994000109042000 机动车驾驶证补领");
  });

  it("--report json is exactly the library's diff", () => {
    const diff = jsonReport(runCli(["diff", ...BATCHES, "--report", "json"]));
    expect(diff.summary).toEqual({ added: 1, removed: 1, changed: 3, unchanged: 1 });
    expect(diff.metrics.matched.requiredMaterials).toEqual({ before: 10, after: 8, change: -20 });
  });

  it("--report markdown: summary and metrics tables before the items, English with --locale en", () => {
    const md = runCli(["diff", ...BATCHES, "--report", "markdown"]).stdout;
    expect(md.split("\n").slice(0, 5)).toEqual([
      "## 姑苏区政务服务事项实施清单（第一批） → 姑苏区政务服务事项实施清单（第二批）", "",
      "| 新增事项 | 取消事项 | 变更事项 | 未变事项 |", "|---:|---:|---:|---:|", "| 1 | 1 | 3 | 1 |",
    ]);
    expect(md.indexOf("### 改革成效")).toBeLessThan(md.indexOf("### 变更事项"));
    expect(md).toContain("| 办结时限 › 承诺办结时限 › 时限 | `/timeLimit/promised/value` | 修改 | 5 | 3 |");
    expect(runCli(["diff", ...BATCHES, "--report", "markdown", "--locale", "en"]).stdout).toContain("### Reform figures");
  });

  it("v1 batches show 免提交率 and the online capabilities as not applicable, in text, markdown and JSON", () => {
    expect(runCli(["diff", ...BATCHES]).stdout).toContain("  免提交率（%）: 不适用 → 不适用 (不适用)\n");
    expect(runCli(["diff", ...BATCHES, "--locale", "en"]).stdout).toContain("  Online capabilities: n/a → n/a (n/a)\n");
    expect(runCli(["diff", ...BATCHES, "--report", "markdown"]).stdout).toContain("| 已开通的网上服务数（是否…） | 不适用 | 不适用 | 不适用 | 不适用 | 不适用 | 不适用 |");
    expect(jsonReport(runCli(["diff", ...BATCHES, "--report", "json"])).metrics.all.exemptMaterialShare).toEqual({ before: null, after: null, change: null, notApplicable: true });
  });

  describe("v2 batches (the Gusu batches migrated, with 免提交 materials and online services added)", () => {
    // Batch 1 has 12 materials, batch 2 has 11; the four items kept have 11 and 9.
    const exempt = { exemptible: true, exemptionMode: "data_sharing", dataSourceDepartment: "姑苏区公安分局" };
    const one: any = migrate(readJson(BATCHES[0]!), { from: "v1", to: "v2" });
    Object.assign(one.items[0].materials[0], exempt);
    Object.assign(one.items[0], { onlineCapabilities: ["1", "2", "3", "4", "5"], online: true });
    const two: any = migrate(readJson(BATCHES[1]!), { from: "v1", to: "v2" });
    Object.assign(two.items[0].materials[0], exempt);
    Object.assign(two.items[1].materials[0], exempt);
    Object.assign(two.items[0], { onlineCapabilities: ["1", "2", "3", "4", "5", "6"], online: true, appointment: true });
    Object.assign(two.items[1], { online: true });
    Object.assign(two.items[4], { onlineCapabilities: ["1", "2"] });
    const files = [path.join(tmp, "v2-batch-1.json"), path.join(tmp, "v2-batch-2.json")];
    fs.writeFileSync(files[0]!, JSON.stringify(one));
    fs.writeFileSync(files[1]!, JSON.stringify(two));

    it("text, zh: 1 of 12 = 8.3% → 2 of 11 = 18.2% (+118.2% unrounded); capabilities 5 → 8; services on 1 → 3", () => {
      const r = runCli(["diff", ...files]);
      expect(r).toMatchObject({ code: 0, stderr: "" });
      expect(r.stdout).toContain("  免提交率（%）: 8.3 → 18.2 (+118.2%)\n");
      expect(r.stdout).toContain("  网上办理能力数: 5 → 8 (+60.0%)\n");
      expect(r.stdout).toContain("  已开通的网上服务数（是否…）: 1 → 3 (+200.0%)\n");
    });

    it("markdown, en: all items, then the items kept (1 of 11 = 9.1% → 2 of 9 = 22.2%, +144.4%; capabilities 5 → 6)", () => {
      const md = runCli(["diff", ...files, "--report", "markdown", "--locale", "en"]).stdout;
      expect(md).toContain("| Materials that need not be submitted (%) | 8.3 | 18.2 | +118.2% | 9.1 | 22.2 | +144.4% |");
      expect(md).toContain("| Online capabilities | 5 | 8 | +60.0% | 5 | 6 | +20.0% |");
      expect(md).toContain("| Online services switched on | 1 | 3 | +200.0% | 1 | 3 | +200.0% |");
    });

    it("json: the figures as numbers", () => {
      const metrics = jsonReport(runCli(["diff", ...files, "--report", "json"])).metrics;
      expect(metrics.all.exemptMaterialShare).toEqual({ before: 8.3, after: 18.2, change: 118.2 });
      expect(metrics.matched.exemptMaterialShare).toEqual({ before: 9.1, after: 22.2, change: 144.4 });
      expect(metrics.all.onlineCapabilities).toEqual({ before: 5, after: 8, change: 60 });
      expect(metrics.all.onlineServicesOn).toEqual({ before: 1, after: 3, change: 200 });
    });
  });

  it("a batch against itself: exit 0, nothing changed", () => {
    const r = runCli(["diff", BATCHES[0]!, BATCHES[0]!, "--locale", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 added, 0 removed, 0 changed, 5 unchanged");
  });

  it.each([
    ["a missing file", ["diff", "nope.json", "examples/county-gusu-batch-1.json"], /^zwfw: nope\.json: 文件不存在\n$/],
    ["catalogues of different kinds", ["diff", "examples/1-province-basic.json", "examples/county-gusu-batch-1.json"], /^zwfw: 不能比较 kind 为 "basic" 的目录/],
    ["a document that is not a catalogue", ["diff", "schemas/v1/defs.schema.json", "examples/county-gusu-batch-1.json"], /^zwfw: 旧目录不是目录/],
  ])("exit 2 with one line on %s", (_name, args, stderr) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(stderr);
  });

  it("reports a catalogue that fails the schema instead of diffing it (exit 1)", () => {
    const r = runCli(["diff", "examples/county-gusu-batch-1.json", "test/fixtures/v1/catalogue/invalid/missing-item-name.json", "--report", "json"]);
    expect(r.code).toBe(1);
    expect(jsonReport(r).issues).toEqual([
      expect.objectContaining({ rule: "schema", severity: "error", path: "/items/0", file: "test/fixtures/v1/catalogue/invalid/missing-item-name.json" }),
    ]);
    expect(r.stderr).toMatch(/^zwfw: 输入文档未通过校验/);
  });

  it("exit 2 on malformed JSON, with file:line:column", () => {
    const bad = path.join(tmp, "bad.json");
    fs.writeFileSync(bad, '{"items": [\n  {,}\n]}');
    const r = runCli(["diff", bad, "examples/county-gusu-batch-1.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json:2:\d+: JSON 格式错误：\S+\n$/);
  });
});
