/**
 * The spreadsheet layout each major derives from its schema (layout.ts), pinned whole: every sheet's role, name,
 * CSV suffix, list and kinds, and every column's header, path, cell type, kinds, required flag, aliases and note.
 * The golden files are the template a person fills in; a schema change that moves a column shows here as a diff
 * (`npx vitest run test/spreadsheet/layout.test.ts -u` after checking it). The rules behind the layout are
 * asserted one by one below, so a golden update cannot hide a broken rule.
 */
import { describe, expect, it } from "vitest";
import { appliesTo, sheetSpecs, type Column, type SheetSpec } from "../../src/spreadsheet/columns.js";
import { layoutOf, type Layout } from "../../src/spreadsheet/layout.js";
import { latestMajor, majorById } from "../../src/schema/majors.js";

/** One line per column: header | path | type[:digits|:code set] | kinds | 必填 | 仅导入 | aliases | note. */
function columnLine(c: Column): string {
  const v = c.value;
  const type = v.type + ("digits" in v && v.digits !== undefined ? `:${v.digits}` : "") + ("set" in v ? `:${v.set.id}` : "");
  return [c.header, c.path.join("/"), type, c.kinds?.join(",") ?? "*", c.required ? "必填" : "", c.importOnly ? "仅导入" : "", c.aliases?.join(",") ?? "", c.note.replace(/\n/g, "\\n")].join(" | ");
}

/** The whole layout as text, sheet by sheet. */
function layoutText(layout: Layout): string {
  const sheet = (s: SheetSpec) => [
    `## ${s.role} ${s.name} csv=${JSON.stringify(s.csv)} field=${s.field ?? "-"} list=${s.listPath?.join("/") ?? "-"} kinds=${s.kinds.join(",")} aliases=${s.aliases.join(",")}`,
    ...s.columns.map((c) => `  ${columnLine(c)}`),
  ];
  return [`# ${layout.major.id}`, "## keys", ...layout.keys.map((c) => `  ${columnLine(c)}`), ...layout.sheets.flatMap(sheet), ""].join("\n");
}

const major = (id: string) => majorById(id)!;

describe("the layout of each major, whole", () => {
  it.each(["v1", "v2"])("%s", async (id) => {
    const layout = layoutOf(major(id));
    expect(layout.major).toBe(major(id));
    expect(layout.info).toBe(layout.sheets[0]!.columns);
    expect(layout.items).toBe(layout.sheets[1]!.columns);
    await expect(layoutText(layout)).toMatchFileSnapshot(`golden/layout.${id}.txt`);
  });

  it("is built once per major", () => {
    expect(layoutOf(major("v1"))).toBe(layoutOf(major("v1")));
    expect(layoutOf(major("v1"))).not.toBe(layoutOf(major("v2")));
  });
});

describe("the rules the layout follows", () => {
  const items = (id: string) => layoutOf(major(id)).items;
  const column = (columns: readonly Column[], header: string) => columns.find((c) => c.header === header)!;

  it("a title repeated under several parents is joined to its parent's where they overlap, else kept", () => {
    const v2 = items("v2");
    // 时限 + 时限单位 overlap in 时限; 机构 + 机构名称 overlap in 机构.
    expect(column(v2, "法定办结时限单位").path).toEqual(["timeLimit", "statutory", "unit"]);
    expect(column(v2, "承办机构名称").path).toEqual(["undertakingAgency", "name"]);
    expect(column(v2, "委托部门机构名称").path).toEqual(["entrustingDepartment", "name"]);
    // Near miss: a title only one parent has stays as it is (结果名称 is result/name's own title).
    expect(column(v2, "结果名称").path).toEqual(["result", "name"]);
    expect(v2.some((c) => c.header === "机构名称")).toBe(false);
  });

  it("cell types follow the element: codes with their width, dates, days beside a unit, counts, booleans, numbers, lists, JSON last", () => {
    const v1 = layoutOf(major("v1"));
    const type = (columns: readonly Column[], header: string) => column(columns, header).value;
    expect(type(v1.items, "基本编码")).toEqual({ type: "code", digits: 12 });
    expect(type(v1.items, "实施编码")).toEqual({ type: "code" });
    expect(type(v1.info, "标准版本")).toEqual({ type: "text" });
    expect(type(v1.info, "发布日期")).toEqual({ type: "date" });
    expect(type(v1.items, "法定办结时限")).toEqual({ type: "days" });
    expect(type(v1.items, "到办事现场次数")).toEqual({ type: "count" });
    expect(type(v1.items, "是否收费")).toEqual({ type: "boolean" });
    expect(type(v1.items, "网上办理深度")).toEqual({ type: "onlineDepth" });
    expect(type(v1.items, "法定办结时限单位")).toEqual({ type: "unit" });
    expect(type(v1.sheets.find((s) => s.role === "fees")!.columns, "收费金额")).toEqual({ type: "number" });
    expect(type(v1.items, "事项类型")).toMatchObject({ type: "enum", set: { id: "item-type" } });
    expect(type(v1.items, "行使层级")).toMatchObject({ type: "enums", set: { id: "level" } });
    expect(type(items("v2"), "面向自然人主题分类")).toEqual({ type: "list" });
    expect(type(v1.info, "目录类型")).toMatchObject({ type: "enum", set: { id: "catalogue-kind" } });
    for (const columns of [v1.info, v1.items]) expect(columns.at(-1)).toMatchObject({ header: "扩展字段", value: { type: "json" } });
  });

  it("required: where every kind that has the element requires it; never a unit; never what import fills in", () => {
    const v1 = layoutOf(major("v1"));
    expect(column(v1.items, "实施编码")).toMatchObject({ kinds: ["implementation"], required: true });
    expect(column(v1.items, "服务对象")).toMatchObject({ kinds: ["standard", "implementation"], required: true });
    expect(column(v1.items, "基本编码").kinds).toBeUndefined();
    expect(column(v1.items, "业务办理项编码").required).toBeUndefined();
    expect(column(v1.items, "承诺办结时限单位").required).toBeUndefined();
    expect(column(v1.info, "区划代码").required).toBe(true);
    for (const header of ["标准版本", "目录类型", "层级"]) expect(column(v1.info, header).required, header).toBeUndefined();
    // A detail sheet's column is required by its record alone.
    expect(column(v1.sheets.find((s) => s.role === "materials")!.columns, "材料名称").required).toBe(true);
    expect(column(v1.sheets.find((s) => s.role === "materials")!.columns, "材料编码").required).toBeUndefined();
  });

  it("the 设定依据 cell is read on import only, at its list's place among the item columns", () => {
    for (const id of ["v1", "v2"]) {
      const list = items(id);
      const at = list.findIndex((c) => c.header === "设定依据");
      expect(list[at]).toMatchObject({ path: ["legalBasis"], value: { type: "text" }, importOnly: true, aliases: ["依据"] });
      expect(list[at + 1]!.header).toBe("主管部门");
    }
  });

  it("detail sheets: the key columns without required flags or aliases, each with its own note; sheet kinds narrow columns only when narrower", () => {
    const v1 = layoutOf(major("v1"));
    expect(v1.keys.map((c) => [c.header, c.kinds, c.required, c.aliases])).toEqual([
      ["基本编码", undefined, undefined, undefined], ["实施编码", ["implementation"], undefined, undefined], ["业务办理项编码", ["implementation"], undefined, undefined],
    ]);
    expect(v1.keys.map((c) => c.note)).toEqual(["所属事项的基本编码", "所属事项的实施编码（实施清单）", "所属业务办理项（一个实施编码下有多个时）"]);
    const fees = v1.sheets.find((s) => s.role === "fees")!;
    expect([fees.csv, fees.field, fees.listPath, fees.kinds]).toEqual(["fees", "fees", ["fees", "items"], ["standard", "implementation"]]);
    expect(fees.columns.every((c) => c.kinds === undefined)).toBe(true);
    expect(v1.sheets.find((s) => s.role === "legalBasis")!.csv).toBe("legal-basis");
    const joint = layoutOf(major("v2")).sheets.find((s) => s.role === "jointAgencies")!;
    expect([joint.csv, joint.kinds]).toEqual(["joint-agencies", ["implementation"]]);
  });

  it("目录信息 starts with 标准版本 and 目录类型; its notes name the major's version", () => {
    for (const id of ["v1", "v2"]) {
      const info = layoutOf(major(id)).info;
      expect(info.slice(0, 2).map((c) => c.header)).toEqual(["标准版本", "目录类型"]);
      expect(info[0]!.note).toBe(`本标准的版本，如 ${major(id).schemaVersion}（留空即 ${major(id).schemaVersion}）`);
    }
  });
});

describe("sheetSpecs: the newest major's sheets, read lazily like an array", () => {
  it("reads like the layout's own list", () => {
    const sheets = layoutOf(latestMajor).sheets;
    expect(sheetSpecs.length).toBe(sheets.length);
    expect(sheetSpecs[1]).toBe(sheets[1]);
    expect([...sheetSpecs]).toEqual(sheets);
    expect(sheetSpecs.map((s) => s.role)).toEqual(sheets.map((s) => s.role));
    expect(sheetSpecs.find((s) => s.role === "items")).toBe(sheets[1]);
    expect(0 in sheetSpecs).toBe(true);
    expect(sheets.length in sheetSpecs).toBe(false);
    expect(Object.keys(sheetSpecs)).toEqual(Object.keys(sheets));
    expect(Object.getOwnPropertyDescriptor(sheetSpecs, "0")).toMatchObject({ value: sheets[0], configurable: true });
    expect(Object.getOwnPropertyDescriptor(sheetSpecs, "length")).toMatchObject({ value: sheets.length, configurable: false });
    expect(Object.getOwnPropertyDescriptor(sheetSpecs, "99")).toBeUndefined();
    expect(JSON.stringify(sheetSpecs)).toBe(JSON.stringify(sheets));
  });

  it("appliesTo: a column without kinds applies to every kind; one with kinds to those only", () => {
    const base: Column = { header: "列", path: ["x"], value: { type: "text" }, note: "" };
    expect(["basic", "standard", "implementation"].map((k) => appliesTo(base, k as never))).toEqual([true, true, true]);
    expect(["basic", "standard", "implementation"].map((k) => appliesTo({ ...base, kinds: ["implementation"] }, k as never))).toEqual([false, false, true]);
  });
});
