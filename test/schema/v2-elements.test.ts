/**
 * Every element the v2 standard promises is in schemas/v2 under its exact Chinese title, on the item
 * kinds where it belongs (outside tools find elements by these titles), with a description, and
 * with the code set or format the element calls for.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

type Node = Record<string, unknown>;
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, "schemas/v2", file), "utf8")) as Node;
const defs = read("defs.schema.json").$defs as Record<string, Node>;

/** Resolves a `$ref` of the emitted v2 files (a definition, or another document). */
function resolve(node: Node): Node {
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  const name = /#\/\$defs\/(\w+)$/.exec(ref)?.[1];
  return name ? defs[name]! : read(ref);
}

/** Every property reachable from a document, as [title path, property schema as written, resolved schema]. */
function properties(root: Node): { titles: string[]; written: Node; node: Node }[] {
  const out: { titles: string[]; written: Node; node: Node }[] = [];
  const walk = (schema: Node, titles: string[], seen: Set<Node>) => {
    const node = resolve(schema);
    if (seen.has(node)) return;
    const next = new Set(seen).add(node);
    if (node.items && typeof node.items === "object") walk(node.items as Node, titles, next);
    for (const [, child] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
      const resolved = resolve(child);
      const entry = { titles: [...titles, String(child.title)], written: child, node: resolved };
      out.push(entry);
      walk(child, entry.titles, next);
    }
  };
  walk(root, [], new Set());
  return out;
}

const BASIC = ["地方基本编码", "主项名称", "子项名称", "事项版本", "事项状态", "计划生效日期", "计划取消日期"];
const STANDARD = [
  "行使内容", "权限划分", "实施依据",
  "数量限制", "中介服务", "中介服务名称", "是否必需", "中介服务依据",
  "特别程序", "特别程序种类", "特别程序名称", "特别程序时限", "是否计入办结时限", "特别程序依据",
  "通办范围", "主题分类", "法定办结时限说明", "承诺办结时限说明",
  "是否网办", "网办地址", "移动端办理地址", "是否支持预约办理", "是否支持网上支付", "是否支持物流快递", "是否支持自助终端办理", "是否进驻政务服务大厅", "网上办理能力",
  "环节结果", "办理岗位", "结果样本", "结果有效期", "收费依据", "减免依据",
  "空白表格", "示例样表", "受理标准", "材料备注", "原件份数", "复印件份数", "来源说明",
  "是否可免提交", "免提交方式", "证照类型代码", "电子证照名称", "数源部门",
  "常见问题", "问题", "解答", "办理情形", "情形编码", "情形名称", "情形材料",
];
const IMPLEMENTATION = ["地方实施编码", "业务办理项编码", "业务办理项名称", "权力来源", "委托部门", "联办机构", "承办机构"];

const byDocument = {
  "basic-item": { has: BASIC, lacks: [...STANDARD, ...IMPLEMENTATION] },
  "standard-item": { has: [...BASIC, ...STANDARD], lacks: IMPLEMENTATION },
  "implementation-item": { has: [...BASIC, ...STANDARD, ...IMPLEMENTATION], lacks: [] },
} as const;

describe.each(Object.entries(byDocument))("schemas/v2/%s.schema.json", (document, { has, lacks }) => {
  const props = properties(read(`${document}.schema.json`));
  const titles = new Set(props.map((p) => p.titles.at(-1)));

  it.each(has)("holds 「%s」", (title) => expect(titles.has(title)).toBe(true));
  it("holds no element of a more detailed kind", () => expect(lacks.filter((t) => titles.has(t))).toEqual([]));
  it("gives every property a title and a description", () => {
    for (const p of props) {
      expect(p.written.title, p.titles.join(" › ")).toEqual(expect.any(String));
      expect(String(p.written.description ?? p.node.description ?? "").length, p.titles.join(" › ")).toBeGreaterThan(0);
    }
  });
});

describe("v2 element values", () => {
  const props = properties(read("implementation-item.schema.json"));
  const at = (...titles: string[]) => {
    const found = props.find((p) => p.titles.join(" › ") === titles.join(" › "));
    expect(found, titles.join(" › ")).toBeDefined();
    return found!.node;
  };
  const itemOf = (node: Node) => resolve(node.items as Node);

  it("codes: 事项状态, 通办范围 (broad to narrow), 免提交方式, 权力来源 1–6, 网上办理能力 1–8, 特别程序种类 per A.7", () => {
    expect(at("事项状态").enum).toEqual(["in_force", "suspended", "cancelled"]);
    expect(at("通办范围").enum).toEqual(["nationwide", "cross_province", "province", "city", "county"]);
    expect(at("申请材料", "免提交方式").enum).toEqual(["e_licence", "data_sharing", "commitment"]);
    expect(at("权力来源").enum).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(itemOf(at("网上办理能力")).enum).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(at("特别程序", "特别程序种类").enum).toEqual(["1", "2"]);
  });

  it("formats: 事项版本 an integer ≥ 1, ISO dates, booleans where the name asks 是否", () => {
    expect(at("事项版本")).toMatchObject({ type: "integer", minimum: 1 });
    expect(at("计划生效日期")).toMatchObject({ type: "string", format: "date" });
    expect(at("计划取消日期")).toMatchObject({ type: "string", format: "date" });
    for (const p of props.filter((p) => p.titles.at(-1)!.startsWith("是否"))) expect(p.node.type, p.titles.join(" › ")).toBe("boolean");
    expect(at("业务办理项编码").pattern).toBe("^[0-9A-HJ-NPQRTUWXY]{18}[1-6]\\d{14}$");
  });

  it("名称 with an optional credit code for 委托部门, 联办机构, 承办机构", () => {
    for (const body of [at("委托部门"), itemOf(at("联办机构")), at("承办机构")]) {
      expect(Object.keys(body.properties as Node)).toEqual(["name", "creditCode"]);
      expect(body.required).toEqual(["name"]);
    }
  });

  it("办理情形: { id, name, materials } with materials a list of material ids", () => {
    const situation = itemOf(at("办理情形"));
    expect(Object.keys(situation.properties as Node)).toEqual(["id", "name", "materials"]);
    expect((situation.properties as Record<string, Node>).materials).toMatchObject({ title: "情形材料", type: "array", items: { type: "string" } });
  });

  it("schemaVersion is 2.x, and every $id names v2 under draft 2020-12", () => {
    for (const file of fs.readdirSync(path.join(ROOT, "schemas/v2")).filter((f) => f.endsWith(".schema.json"))) {
      const schema = read(file);
      expect(schema.$id).toBe(`https://zwfw-standard.org/schemas/v2/${file}`);
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    }
    const header = defs.BasicCatalogue!.properties as Record<string, Node>;
    expect(new RegExp(String(header.schemaVersion!.pattern)).test("2.0")).toBe(true);
    expect(new RegExp(String(header.schemaVersion!.pattern)).test("2.13")).toBe(true);
    expect(new RegExp(String(header.schemaVersion!.pattern)).test("1.0")).toBe(false);
  });
});

describe("the v2 major's online-service flags", () => {
  it("are the schema's 是否… flags with their titles", async () => {
    const { onlineServiceFlags } = await import("../../src/schema/v2/online-service.js");
    const { v2 } = await import("../../src/schema/v2/major.js");
    const fromSchema = Object.fromEntries(Object.entries(onlineServiceFlags).map(([name, schema]) => [name, String((schema as { title?: unknown }).title)]));
    expect(v2.onlineServiceFlags).toEqual(fromSchema);
  });
});
