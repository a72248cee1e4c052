/** `zwfw bundle check` from the built CLI: the example's report in each format, exit codes 0/1/2. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonReport, runCli } from "../helpers/cli.js";
import { readJson } from "../helpers/examples.js";
import { scratchDir } from "../helpers/scratch.js";

const tmp = scratchDir("zwfw-bundle-cli-");
const write = (name: string, value: unknown) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
};

describe("zwfw bundle check: bad input", () => {
  const list = write("list.json", { kind: "implementation", items: [] });
  const notBundles = write("basic.json", { kind: "basic", items: [] });
  const bundles = write("bundles.json", { kind: "bundle", items: [] });
  it.each([
    ["a missing file", ["bundle", "check", path.join(tmp, "nope.json"), list], /nope\.json: 文件不存在/],
    ["malformed JSON", ["bundle", "check", write("bad.json", "{\"kind\": "), list], /bad\.json:1:10: /],
    ["a first file that is no bundle list", ["bundle", "check", notBundles, list], /basic\.json 不是一件事清单（kind 应为 "bundle"）$/m],
    ["a member file that is no implementation list", ["bundle", "check", bundles, notBundles], /basic\.json 不是实施清单/],
    ["no implementation list", ["bundle", "check", bundles], /缺少参数 lists/],
    ["a bad --report", ["bundle", "check", bundles, list, "--report", "html"], /--report 只能取 text \| json \| markdown \| sarif \| junit \| github（收到“html”）/],
    ["an unknown subcommand", ["bundle", "verify", bundles, list], /未知命令 verify/],
  ])("exit 2 with one line on %s", (_name, args, stderr) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(stderr);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });
});

const BUNDLES = "examples/bundles/county-gusu-bundles.json";
const LISTS = ["examples/bundles/county-gusu-items.json", "examples/bundles/city-suzhou-items.json"];

describe("zwfw bundle check on the 开办餐饮店 example", () => {
  it("text: exit 0, the savings in Chinese", () => {
    const r = runCli(["bundle", "check", BUNDLES, ...LISTS]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      "一件事 YJS-KBCYD「开办餐饮店」",
      "  改革成效（分别办理 → 一件事）",
      "    提交材料（份）: 11 → 6 (减少 45.5%)",
      "    跑动次数: 4 → 1 (减少 75.0%)",
      "    承诺时限（工作日）: 30 → 15 (减少 50.0%)",
      "    对接部门: 4 → 1 (减少 75.0%)",
      "    申请表: 4 → 1 (减少 75.0%)",
      "未发现问题",
      "共 1 件一件事：0 个错误，0 个警告，0 个提示",
      "",
    ]);
  });

  it("json: each bundle's metrics as { before, after }, as computed by hand", () => {
    // Materials: 食品经营许可 SP01 SP03 SP04 (SP02 营业执照 is 免提交, SP05 only in 委托代办, which the bundle does not reach)
    // + 公共场所卫生许可 GG01 GG03 (GG02, GG04 免提交) + 户外广告 HW01–HW03 + 消防检查 XF01 XF03 XF04 (XF02 免提交) = 11; the bundle asks for 6.
    // Visits 1 + 1 + 1 + 1 = 4 → 1; time 10 + 5 + 5 + 10 = 30 → 15 working days; four agencies → the lead; four forms → one.
    const report = jsonReport(runCli(["bundle", "check", BUNDLES, ...LISTS, "--report", "json"]));
    expect(report.ok).toBe(true);
    expect(report.bundles[0].metrics).toEqual({
      materials: { before: 11, after: 6 }, visits: { before: 4, after: 1 }, time: { before: 30, after: 15 },
      departments: { before: 4, after: 1 }, forms: { before: 4, after: 1 },
    });
  });

  it("markdown, with planted deviations: exit 1, the savings table and the issues with the member material's place", () => {
    const bundles = readJson(BUNDLES);
    bundles.items[0].materials.pop(); // 场地使用权证明 (covers HW03 by name)
    bundles.items[0].timeLimit.promised.value = 31;
    const r = runCli(["bundle", "check", write("deviating.json", bundles), ...LISTS, "--report", "markdown", "--locale", "en"]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n");
    expect(lines.slice(0, 15)).toEqual([
      "## Bundle (一件事) check", "", "1 bundle(s): 2 error(s), 0 warning(s), 0 info(s)", "",
      '### bundle YJS-KBCYD "开办餐饮店"', "", "#### Savings (item by item → bundle)", "",
      "| Figure | Item by item | Bundle | Cut |", "|---|---:|---:|---:|",
      "| Materials to submit | 11 | 5 | 54.5% |", "| Visits | 4 | 1 | 75.0% |", "| Promised time (working days) | 30 | 31 | -3.3% |",
      "| Departments | 4 | 1 | 75.0% |", "| Forms | 4 | 1 | 75.0% |",
    ]);
    expect(lines).toContain(`| error | \`bundle-material-uncovered\` | \`/items/0/members/2\` | required material "场地使用权证明" of member 11320508MB1K4L5M1N4000134002000 "户外广告设施设置审批" is neither covered by the bundle's materials nor 免提交 (implementation list ${LISTS[0]} /items/2/materials/2) |`);
    expect(lines).toContain("| error | `bundle-time-exceeds-members` | `/items/0/timeLimit/promised` | the bundle promises 31 working days, more than its members' sum of 30 working days |");
  });

  it("a bundle list that fails the schema is reported, not checked: exit 1", () => {
    const bundles = readJson(BUNDLES);
    delete bundles.items[0].leadDepartment;
    const r = runCli(["bundle", "check", write("broken.json", bundles), ...LISTS, "--report", "json"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("zwfw: 输入文档未通过校验，未检查一件事；请先修正以下错误\n");
    expect(jsonReport(r).issues.map((i: { rule: string; path: string }) => [i.rule, i.path])).toEqual([["schema", "/items/0"]]);
  });

  it("an implementation list of another major: exit 2, one line saying to migrate", () => {
    const r = runCli(["bundle", "check", BUNDLES, "examples/4-county-gusu.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("zwfw: checkBundles：一件事清单遵循 v2，第 0 个实施清单遵循 v1；请先将其迁移到 v2\n");
  });

  it("zwfw conform on the province's and the county's bundle lists: the member the county adds is a warning", () => {
    const r = runCli(["conform", "examples/bundles/province-bundles.json", BUNDLES, "--report", "json"]);
    expect(r.code).toBe(0);
    expect(jsonReport(r).issues).toEqual([{
      rule: "bundle-member-added", severity: "warning", path: "/items/0/members/2", itemCode: "YJS-KBCYD", upperPath: "/items/0/members",
      message: "组成事项 11320508MB1K4L5M1N4000134002000（基本编码 000134002000）不在上级一件事的组成事项中",
      line: 51, col: 9,
    }]);
  });
});
