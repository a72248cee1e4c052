/**
 * LineValidator line by line: which lines are blank, whole issues for a broken line, a schema failure and a
 * duplicate (with file and line, in zh-CN and en), `onKey` instead of the duplicate check, the item count,
 * and the TypeErrors of its options.
 */
import { describe, expect, it } from "vitest";
import { LineValidator, type LineValidatorOptions } from "../../src/validate/line-validator.js";
import { readJson } from "../helpers/examples.js";
import { whole } from "../helpers/whole-issue.js";

const item = () => readJson("examples/4-county-gusu.json").items[0];
const CODE = "11320508MB1H3K5E5P4000123018000";

/** Pushes the lines (numbered from 1) to a validator in each locale and zips what they return. */
function pushed(lines: string[], options: LineValidatorOptions = {}) {
  const zh = new LineValidator({ ...options, locale: "zh-CN" });
  const en = new LineValidator({ ...options, locale: "en" });
  const issues = whole(lines.flatMap((l, i) => zh.push(l, i + 1)), lines.flatMap((l, i) => en.push(l, i + 1)));
  return { issues, items: zh.items, report: zh.report() };
}

describe("LineValidator", () => {
  it("skips empty and white-space lines (space, tab) without counting them; a line that starts with a space is still read", () => {
    const line = JSON.stringify(item());
    const { issues, items, report } = pushed(["", " ", "\t", "  \t ", ` ${line}`, line], { file: "f.jsonl" });
    expect(items).toBe(2);
    expect(report.summary).toEqual({ errors: 1, warnings: 0, infos: 0, items: 2 });
    // The padded line is the item's first sighting: the plain one repeats it.
    expect(issues).toEqual([{
      rule: "duplicate-item", severity: "error", path: "/implementationCode", itemCode: CODE, file: "f.jsonl", line: 6,
      message: { "zh-CN": `事项 ${CODE} 重复，首次出现于第 5 行`, en: `item ${CODE} is duplicated; first seen on line 5` },
    }]);
  });

  it("a line of full-width spaces is no blank line of JSON: malformed-json at column 1 (near miss)", () => {
    expect(pushed(["\u3000"]).issues).toEqual([{
      rule: "malformed-json", severity: "error", path: "", line: 1,
      message: { "zh-CN": "该行不是合法的 JSON：第 1 列出现无效符号", en: "the line is not valid JSON: invalid symbol at column 1" },
    }]);
  });

  it("a broken line is one malformed-json issue with its column, and counts as an item", () => {
    const { issues, items } = pushed(['{"a":'], { file: "x.jsonl" });
    expect(items).toBe(1);
    expect(issues).toEqual([{
      rule: "malformed-json", severity: "error", path: "", file: "x.jsonl", line: 1,
      message: { "zh-CN": "该行不是合法的 JSON：第 6 列此处应为值", en: "the line is not valid JSON: value expected at column 6" },
    }]);
  });

  it("a line that fails the schema is reported against the newest major, with the item's code and no file when none is given", () => {
    const broken = { ...item(), visits: -1 };
    const { issues } = pushed([JSON.stringify(broken)]);
    // v2's schema also names v1's `timeLimit.note`, which the newest major does not define.
    expect(issues).toEqual([{
      rule: "schema", severity: "error", path: "/timeLimit", itemCode: CODE, line: 1, keyword: "additionalProperties",
      params: { element: "办结时限", property: "timeLimit", extra: "note" },
      message: { "zh-CN": "「办结时限」中有标准未定义的属性 note", en: '"timeLimit" has a property the standard does not define: "note"' },
    }, {
      rule: "schema", severity: "error", path: "/visits", itemCode: CODE, line: 1, keyword: "minimum",
      params: { element: "到办事现场次数", property: "visits", limit: 0 },
      message: { "zh-CN": "「到办事现场次数」应不小于 0", en: '"visits" must be at least 0' },
    }]);
  });

  it("with onKey, hands every valid line's key on and reports no duplicate itself", () => {
    const keys: unknown[] = [];
    const validator = new LineValidator({ onKey: (entry, line) => keys.push([entry, line]) });
    const line = JSON.stringify(item());
    expect([validator.push(line, 1), validator.push(line, 2), validator.push('{"x"', 3)]).toEqual([[], [], [expect.objectContaining({ rule: "malformed-json" })]]);
    const entry = { key: CODE, field: "implementationCode", itemCode: CODE };
    expect(keys).toEqual([[entry, 1], [entry, 2]]);
  });

  it("validateLine keeps nothing for the report; push does", () => {
    const validator = new LineValidator();
    expect(validator.validateLine('{"a":', 1)).toHaveLength(1);
    expect(validator.report()).toEqual({ ok: true, summary: { errors: 0, warnings: 0, infos: 0, items: 1 }, issues: [] });
    validator.push('{"a":', 2);
    expect(validator.report().summary).toEqual({ errors: 1, warnings: 0, infos: 0, items: 2 });
  });

  it("refuses an item kind, a locale or a schemaVersion that is no name, worded in the locale", () => {
    expect(() => new LineValidator({ item: "toString" as never, locale: "en" })).toThrow(expect.objectContaining({
      name: "TypeError", messageId: "error.argument.item-kind", message: 'item must be basic, standard or implementation (got "toString")',
    }));
    expect(() => new LineValidator({ item: "thing" as never })).toThrow(expect.objectContaining({
      name: "TypeError", message: 'item 须为 basic、standard 或 implementation（实际为"thing"）',
    }));
    expect(() => new LineValidator({ locale: "fr" as never })).toThrow(expect.objectContaining({
      name: "TypeError", messageId: "error.argument.locale", message: 'locale 须为 zh-CN 或 en（实际为"fr"）',
    }));
    expect(() => new LineValidator({ schemaVersion: "9.0", locale: "en" })).toThrow(expect.objectContaining({
      name: "TypeError", messageId: "error.argument.schema-version", message: 'schemaVersion must name a major of the standard: 1.0, 2.0 (got "9.0")',
    }));
    // Near misses: the defaults, and each name spelled right.
    expect(() => new LineValidator()).not.toThrow();
    expect(() => new LineValidator({ item: "basic", locale: "en", schemaVersion: "1.0" })).not.toThrow();
  });
});
