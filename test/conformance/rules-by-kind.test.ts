/**
 * Which rules compareWithAbove runs for each kind of comparison: every pair rule against a standard, only the
 * rules without standard fields against a basic catalogue, not-in-upper for an item no list above carries,
 * not-claimed for an upper item left out. The tables are built once per module load (compare-lists.ts's
 * `rulesByKind`), so the first comparison of a test file fixes them: this file's FIRST test therefore reaches
 * all four, and a mutant of the tables (active only while that first comparison runs under StrykerJS) fails it.
 * Issues are compared strictly: a key set to undefined (`itemCode: undefined`) is a different issue to a library caller.
 */
import { describe, expect, it } from "vitest";
import { checkConformance } from "../../src/conformance/check-conformance.js";
import { whole, type WholeIssue } from "../helpers/whole-issue.js";
import { pair } from "./pair.js";

/** The whole issues of checkConformance(upper, lower), run in both locales. */
const wholeIssues = (upper: unknown, lower: unknown): WholeIssue[] =>
  whole(checkConformance(upper, lower).issues, checkConformance(upper, lower, { locale: "en" }).issues);

const CODE = "11320500MB1H2K9E533000123018000";
const NAME: WholeIssue = {
  rule: "name-mismatch", severity: "error", path: "/items/0/name", itemCode: CODE, upperPath: "/items/0/name",
  message: { "zh-CN": "事项名称与上级不一致：上级「饮用水供水单位卫生许可」，本级「另一个名称」", en: "item name differs from the upper item: upper \"饮用水供水单位卫生许可\", lower \"另一个名称\"" },
};

/** A lower list whose first item differs from the upper one in its name and its promised time, a field only a standard sets. */
function deviating() {
  const { upper, lower } = pair();
  lower.items[0].name = "另一个名称";
  lower.items[0].timeLimit.promised.value = 30;
  return { upper, lower };
}

describe("the rules of each kind of comparison", () => {
  it("a standard above: every pair rule; a basic catalogue above: only those without standard fields; unmatched and unclaimed items", () => {
    // Against a basic catalogue first: this comparison builds the tables (see the file's comment).
    const basic = deviating();
    basic.upper.kind = "basic";
    expect(wholeIssues(basic.upper, basic.lower)).toStrictEqual([NAME]);

    const standard = deviating();
    expect(wholeIssues(standard.upper, standard.lower)).toStrictEqual([
      NAME,
      { rule: "promised-time-exceeds-upper", severity: "error", path: "/items/0/timeLimit/promised", itemCode: CODE, upperPath: "/items/0/timeLimit/promised",
        message: { "zh-CN": "承诺办结时限超过上级：上级 10个工作日，本级 30个工作日", en: "promised time limit exceeds the upper item's: upper 10 working day(s), lower 30 working day(s)" } },
    ]);

    // The second upper item left out, and an item no list above carries in its place.
    const { upper, lower } = pair();
    lower.items[1].basicCode = "000199001000";
    expect(wholeIssues(upper, lower)).toStrictEqual([
      { rule: "not-in-upper", severity: "error", path: "/items/1/basicCode", itemCode: "11320500MB1H2K9E533000175004000",
        message: { "zh-CN": "事项 000199001000「延期向社会开放档案审批」不在上级目录中（清单之外不得实施）", en: "item 000199001000 \"延期向社会开放档案审批\" is in no catalogue above (not on the list)" } },
      { rule: "not-claimed", severity: "info", path: "/items", itemCode: "000175004000", upperPath: "/items/1",
        message: { "zh-CN": "未认领上级事项 000175004000「延期向社会开放档案审批」（其行使层级包含本级 3 市级）", en: "upper item 000175004000 \"延期向社会开放档案审批\" is not claimed, though its levels include 3 (City)" } },
    ]);
  });

  it("an issue carries an item code and an upper path only where its finding has one: no key set to undefined", () => {
    const { upper, lower } = pair();
    lower.region = { code: "320000000000", level: "2" };
    const issues = wholeIssues(upper, lower);
    expect(issues).toStrictEqual([{ rule: "level-order", severity: "error", path: "/region/level", upperPath: "/region/level",
      message: { "zh-CN": "本级层级 2 省级 不低于上级层级 2 省级", en: "level 2 (Province) is not below the upper level 2 (Province)" } }]);
    expect(Object.keys(issues[0]!)).not.toContain("itemCode");
  });

  it("near miss: the pair as derived, against a standard or a basic catalogue, finds nothing", () => {
    const { upper, lower } = pair();
    expect(wholeIssues(upper, lower)).toStrictEqual([]);
    upper.kind = "basic";
    expect(wholeIssues(upper, lower)).toStrictEqual([]);
  });
});
