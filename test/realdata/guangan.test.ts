/**
 * The 广安区 guide index (a JS file of departments → groups → items with portal links): in draft mode
 * its real credit-code faults are the errors, and the guide content an index lacks is info.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { creditCodeProblem } from "../../src/identifiers/credit-code.js";
import { validate } from "../../src/validate/validate.js";
import { hasRealData, realFile } from "../helpers/realdata.js";

const DATASET = "guangan-index";
const FILE = "bszl-data.js";

/** The index as published: `const bszlData = [...]`, a JSON array in a JS file. */
interface Department {
  department: string;
  items: { main_item: string; sub_items: { name: string; link: string }[] }[];
}

/**
 * The index as an implementation list in progress. The portal link carries the local composite code
 * 地方基本编码-区划-000-机构代码-1-00 (the agency code sits between "-<region>-000-" and "-1-00"), or, for
 * a few items, 地方基本编码-机构代码.
 */
function catalogueOf(departments: Department[]) {
  const items = departments.flatMap((d) =>
    d.items.flatMap((group) =>
      group.sub_items.map((sub) => {
        const code = new URL(sub.link).searchParams.get("itemCode")!;
        const m = /^(.+)-\d{12}-000-(.+)-\d-\d{2}$/.exec(code) ?? /^(.+)-([^-]+)$/.exec(code)!;
        return { name: sub.name, agency: { name: d.department, creditCode: m[2]! }, extensions: { 地方编码: m[1], 主项: group.main_item } };
      }),
    ),
  );
  return { schemaVersion: "1.0", kind: "implementation", region: { code: "511602000000", level: "4" }, publisher: { name: "广安市广安区人民政府" }, items };
}

describe.skipIf(!hasRealData(DATASET, FILE))("real data: the 广安区 index in draft mode", () => {
  const text = hasRealData(DATASET, FILE) ? fs.readFileSync(realFile(DATASET, FILE), "utf8") : "[]";
  const departments: Department[] = JSON.parse(text.slice(text.indexOf("["), text.lastIndexOf("]") + 1));
  const catalogue = catalogueOf(departments);

  it("the errors are exactly the items whose agency credit code is faulty", () => {
    const report = validate(catalogue, { draft: true });
    const faulty = catalogue.items.flatMap((item, i) => (creditCodeProblem(item.agency.creditCode) === undefined ? [] : [`/items/${i}/agency/creditCode`]));
    const errors = report.issues.filter((i) => i.severity === "error");
    expect(errors.map((e) => e.path)).toEqual(faulty);
    expect(new Set(errors.map((e) => e.rule))).toEqual(new Set(["schema", "credit-code-checksum"]));
    // 146 malformed (17-character and 9-character codes, 2222222222222, one lowercase check character;
    // the issue counted 142 with a different split of the few links without a region part) and 7 with
    // a bad check character (the temporary TE… code).
    expect(errors.filter((e) => e.rule === "schema")).toHaveLength(146);
    expect(errors.filter((e) => e.rule === "credit-code-checksum")).toHaveLength(7);
  });

  it("the guide content an index lacks is one element-missing info per item; a lowercase check character gets its fix", () => {
    const report = validate(catalogue, { draft: true });
    const missing = report.issues.filter((i) => i.rule === "element-missing");
    expect(missing).toHaveLength(catalogue.items.length);
    expect(missing.every((i) => i.severity === "info")).toBe(true);
    expect(missing[0]!.message).toMatch(/^草稿：缺少 \d+ 个必填要素：basicCode、/);
    const lowercase = report.issues.filter((i) => i.suggestion !== undefined);
    expect(lowercase.map((i) => [i.suggestion, i.message.endsWith(`应为 ${i.suggestion}`)])).toEqual([["11511301452259996U", true]]);
  });

  it("without --draft the same index drowns its faults in schema errors", () => {
    const report = validate(catalogue);
    expect(report.summary.errors).toBeGreaterThan(catalogue.items.length * 5);
  });
});
