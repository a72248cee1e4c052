/** `--map` targets resolved to columns, the real sources' header aliases, and the typing hint of a column without a note. */
import { describe, expect, it } from "vitest";
import { columnOfTarget, resolveMapping, unknownTargets } from "../../src/spreadsheet/column-mapping.js";
import { typeHint } from "../../src/spreadsheet/column-notes.js";
import { sheetSpecs, type Column } from "../../src/spreadsheet/columns.js";
import { aliasHeaders } from "../../src/spreadsheet/header-aliases.js";

const items = () => sheetSpecs.find((s) => s.role === "items")!.columns;
const byPath = (path: string) => items().find((c) => c.path.join("/") === path)!;

describe("columnOfTarget", () => {
  it("a title in any width, spacing or with the template's * mark; a path with / or .", () => {
    for (const target of ["事项名称", " 事项 名称 ", "*事项名称", "**事项名称"]) expect(columnOfTarget(target, items()), target).toBe(byPath("name"));
    for (const target of ["agency/creditCode", "agency.creditCode", " agency.creditCode "]) expect(columnOfTarget(target, items()), target).toBe(byPath("agency/creditCode"));
  });

  it("near misses: a part of a title or path, another case of a path, a title with a * inside", () => {
    for (const target of ["名称", "agency", "Agency/CreditCode", "事项*名称", "agency//creditCode"]) expect(columnOfTarget(target, items()), target).toBeUndefined();
  });

  it("unknownTargets and resolveMapping: headers normalized, unknown targets left out", () => {
    const mapping = { " 标 题 ": "事项名称", 编号: "basicCode", 其他: "不存在" };
    expect(unknownTargets(mapping, items())).toEqual(["不存在"]);
    expect([...resolveMapping(mapping, items())]).toEqual([["标题", byPath("name")], ["编号", byPath("basicCode")]]);
    expect(resolveMapping(undefined, items()).size).toBe(0);
  });
});

describe("header aliases and typing hints", () => {
  it("aliasHeaders: a column's alias headers normalized; none for a column without", () => {
    expect(aliasHeaders(byPath("agency/name"))).toEqual(["实施机关", "实施部门"]);
    expect(aliasHeaders({ ...byPath("name"), path: ["nothing"] } as Column)).toEqual([]);
  });

  it("typeHint: what to type, from codes, format and type; lists say how to separate", () => {
    const hint = (element: Parameters<typeof typeHint>[0]) => typeHint(element);
    expect(hint({ title: "甲", type: "string", codes: ["1"] })).toBe("甲：代码集中的代码或名称");
    expect(hint({ title: "甲", type: "string", format: "date" })).toBe("甲：日期，YYYY-MM-DD");
    expect(hint({ title: "甲", type: "string", format: "uri" })).toBe("甲：网址");
    expect(hint({ title: "甲", type: "boolean" })).toBe("甲：是或否");
    expect(hint({ title: "甲", type: "integer" })).toBe("甲：整数");
    expect(hint({ title: "甲", type: "number" })).toBe("甲：数字");
    expect(hint({ title: "甲", type: "string", array: true })).toBe("甲：文字；可填多个，用 、 分隔");
    expect(hint({ title: "甲", type: "string", format: "email", array: false })).toBe("甲：文字");
  });
});
