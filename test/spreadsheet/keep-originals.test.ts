/**
 * keepOriginals: after a crosswalk translated codes, each item keeps the values as they came under
 * extensions.原值 (by the path inside the item, parts of one cell joined), and each crosswalk is reported once,
 * whole, with its count and at most six distinct examples, in the run's language.
 */
import { describe, expect, it } from "vitest";
import { crosswalkById } from "../../src/crosswalks/tables.js";
import { ImportIssues } from "../../src/spreadsheet/import-issues.js";
import { keepOriginals, ORIGINALS_KEY } from "../../src/spreadsheet/keep-originals.js";
import type { Data } from "../../src/spreadsheet/read-record.js";
import { whole } from "../helpers/whole-issue.js";

const t = (path: string, from: string, to: string, crosswalk = "platform-service-object") => ({ path, translation: { from, to, crosswalk } });

/** Runs keepOriginals in both locales on fresh items: the items (zh-CN run) and the whole issues. */
function keep(translations: ReturnType<typeof t>[], items: () => Data[]) {
  const zh = new ImportIssues("zh-CN");
  const en = new ImportIssues("en");
  const kept = items();
  keepOriginals(translations, kept, zh, "zh-CN", "事项");
  keepOriginals(translations, items(), en, "en", "事项");
  return { items: kept, issues: whole(zh.issues, en.issues) };
}

describe("keepOriginals", () => {
  it("keeps each original by its path inside the item, beside extensions already there; parts of one cell are joined with 、", () => {
    const { items } = keep(
      [t("/items/0/serviceObjects", "9", "6"), t("/items/0/serviceObjects", "5", "6"), t("/items/1/materials/0/necessity", "10", "required", "necessity-10-20-99")],
      () => [{ extensions: { 备注: "x" } }, {}],
    );
    expect(ORIGINALS_KEY).toBe("原值");
    expect(items).toEqual([
      { extensions: { 备注: "x", 原值: { serviceObjects: "9、5" } } },
      { extensions: { 原值: { "materials/0/necessity": "10" } } },
    ]);
  });

  it("a path outside the items, or of an item that is not there, keeps nothing and counts nothing", () => {
    const { items, issues } = keep([t("/region/level", "9", "6"), t("/items/3/serviceObjects", "9", "6")], () => [{}]);
    expect(items).toEqual([{}]);
    expect(issues).toEqual([]);
  });

  it("one finding per crosswalk, whole, with the count of values and up to six distinct examples", () => {
    const service = crosswalkById("platform-service-object")!;
    const translations = [
      ...["9", "9", "5", "6"].map((from, i) => t(`/items/${i}/serviceObjects`, from, from === "6" ? "5" : "6")),
      ...["10", "20", "99", "10", "20", "99", "10"].map((from, i) => t(`/items/${i}/materials/0/necessity`, from, "x", "necessity-10-20-99")),
    ];
    const { issues } = keep(translations, () => Array.from({ length: 7 }, () => ({})));
    const necessity = crosswalkById("necessity-10-20-99")!;
    expect(issues).toEqual([
      {
        rule: "crosswalk-applied", severity: "info", path: "", sheet: "事项",
        message: {
          "zh-CN": `按代码对照表 platform-service-object（${service.title["zh-CN"]}）翻译了 4 个值（9→6、5→6、6→5），原值保存在各事项的扩展字段“原值”中；来源：${service.source}`,
          en: `translated 4 values with the crosswalk platform-service-object (${service.title.en}): 9→6, 5→6, 6→5; the original values are kept under each item's extensions.原值. Source: ${service.source}`,
        },
      },
      {
        rule: "crosswalk-applied", severity: "info", path: "", sheet: "事项",
        message: {
          "zh-CN": `按代码对照表 necessity-10-20-99（${necessity.title["zh-CN"]}）翻译了 7 个值（10→x、20→x、99→x），原值保存在各事项的扩展字段“原值”中；来源：${necessity.source}`,
          en: `translated 7 values with the crosswalk necessity-10-20-99 (${necessity.title.en}): 10→x, 20→x, 99→x; the original values are kept under each item's extensions.原值. Source: ${necessity.source}`,
        },
      },
    ]);
  });

  it("names six examples at most (near miss: the sixth is named, the seventh is not)", () => {
    const froms = ["1", "2", "3", "4", "5", "6", "7"];
    const { issues } = keep(froms.map((from, i) => t(`/items/${i}/serviceObjects`, from, "6")), () => Array.from({ length: 7 }, () => ({})));
    expect(issues[0]!.message.en).toContain(": 1→6, 2→6, 3→6, 4→6, 5→6, 6→6; the original");
  });
});
