/** The v2 conformance rules: each trigger gives exactly one whole issue (both locales), each near-miss none; v1 pairs never carry the fields. */
import { describe, expect, it } from "vitest";
import { checkConformance } from "../../src/conformance/check-conformance.js";
import { validate } from "../../src/index.js";
import { whole } from "../helpers/whole-issue.js";
import { pairV2 } from "./pair-v2.js";
import { v2Cases } from "./v2-cases.js";

describe("v2 conformance rules", () => {
  // online-service-withdrawn builds its flag table once, on its first run in a module, and StrykerJS credits a mutant of
  // that table only to the test that built it: so this file's first comparison is one that needs the table.
  it("the first comparison needs online-service-withdrawn's flag table, which is built on first use", () => {
    const { upper, lower } = pairV2();
    upper.items[0].onlinePayment = true;
    lower.items[0].appointment = false;
    expect(whole(checkConformance(upper, lower).issues, checkConformance(upper, lower, { locale: "en" }).issues)).toEqual([
      { rule: "online-service-withdrawn", severity: "warning", path: "/items/0/appointment", upperPath: "/items/0/appointment", itemCode: "11320508MB1H3K5E5P4000123018000",
        message: { "zh-CN": "「是否支持预约办理」上级为是，本级为否", en: "online service appointment is on above but off here" } },
      { rule: "online-service-withdrawn", severity: "warning", path: "/items/0/onlinePayment", upperPath: "/items/0/onlinePayment", itemCode: "11320508MB1H3K5E5P4000123018000",
        message: { "zh-CN": "「是否支持网上支付」上级为是，本级为否", en: "online service onlinePayment is on above but off here" } },
    ]);
  });

  it("the v2 pair is valid and clean", () => {
    const { upper, lower } = pairV2();
    expect(validate(upper).issues).toEqual([]);
    expect(validate(lower).issues).toEqual([]);
    expect(checkConformance(upper, lower).issues).toEqual([]);
  });

  for (const c of v2Cases) {
    describe(c.rule, () => {
      it(`triggers: ${c.expected.path}`, () => {
        const { upper, lower } = pairV2();
        c.trigger(upper, lower);
        expect(validate(upper).issues).toEqual([]);
        expect(validate(lower).issues).toEqual([]);
        const zh = checkConformance(upper, lower);
        const en = checkConformance(upper, lower, { locale: "en" });
        const { zh: zhText, en: enText, ...rest } = c.expected;
        expect(whole(zh.issues, en.issues)).toEqual([{ ...rest, message: { "zh-CN": zhText, en: enText } }]);
        expect(zh.ok).toBe(c.expected.severity !== "error");
      });
      for (const [name, mutate] of c.nearMisses) {
        it(`near-miss passes: ${name}`, () => {
          const { upper, lower } = pairV2();
          mutate(upper, lower);
          expect(validate(upper).issues).toEqual([]);
          expect(validate(lower).issues).toEqual([]);
          expect(checkConformance(upper, lower).issues).toEqual([]);
        });
      }
    });
  }

  /** Cases outside the schema or at an edge of an order: the whole issues (both locales), or none. */
  const CODE = "11320508MB1H3K5E5P4000123018000";
  const edges: [name: string, mutate: (upper: any, lower: any) => void, expected: object[]][] = [
    ["cross-region-scope-narrowed: from the broadest scope (the first of the code set)", (u) => (u.items[0].crossRegionScope = "nationwide"), [
      { rule: "cross-region-scope-narrowed", severity: "warning", path: "/items/0/crossRegionScope", upperPath: "/items/0/crossRegionScope", itemCode: CODE,
        message: { "zh-CN": "通办范围缩小：上级 全国通办，本级 全市通办", en: "narrower cross-region scope: upper Nationwide, lower City-wide" } },
    ]],
    ["cross-region-scope-narrowed near miss: a scope above that is no code", (u) => (u.items[0].crossRegionScope = "galaxy"), []],
    ["cross-region-scope-narrowed near miss: no scope above", (u) => delete u.items[0].crossRegionScope, []],
    ["situation-material-added near miss: an upper situation that lists no materials (it names none)", (u) => delete u.items[0].situations[0].materials, []],
    ["material-added: a material without name or id is named by empty text", (_u, l) => l.items[0].materials.push({ necessity: "required", medium: "paper" }), [
      { rule: "material-added", severity: "error", path: "/items/0/materials/4", upperPath: "/items/0/materials", itemCode: CODE,
        message: { "zh-CN": "新增上级未列的申请材料「」", en: 'adds material "", which the upper item does not list' } },
    ]],
    ["situation-added: a situation without id or name", (_u, l) => l.items[0].situations.push({ materials: [] }), [
      { rule: "situation-added", severity: "error", path: "/items/0/situations/2", upperPath: "/items/0/situations", itemCode: CODE,
        message: { "zh-CN": "新增上级未列的办理情形 「」", en: 'adds situation  "", which the upper item does not list' } },
    ]],
    ["special-procedure-added: a procedure without a name", (_u, l) => l.items[0].specialProcedures.push({ kind: "2" }), [
      { rule: "special-procedure-added", severity: "warning", path: "/items/0/specialProcedures/1", upperPath: "/items/0/specialProcedures", itemCode: CODE,
        message: { "zh-CN": "新增上级未列的特别程序「」", en: 'adds special procedure "", which the upper item does not have' } },
    ]],
    ["upper-item-cancelled: an item without a name", (u, l) => {
      u.items[0].state = "cancelled";
      delete u.items[0].name;
      delete l.items[0].name;
    }, [
      { rule: "upper-item-cancelled", severity: "error", path: "/items/0", upperPath: "/items/0/state", itemCode: CODE,
        message: { "zh-CN": "事项 000123018000「」已被上级取消，本级清单仍保留", en: 'item 000123018000 "" is cancelled above but still on this list' } },
    ]],
    ["exemption-withdrawn: a material named by its id, exempt above by no stated mode", (u, l) => {
      delete u.items[0].materials[1].exemptionMode;
      l.items[0].materials[1].exemptible = false;
      delete l.items[0].materials[1].name;
    }, [
      { rule: "exemption-withdrawn", severity: "error", path: "/items/0/materials/1/exemptible", upperPath: "/items/0/materials/1/exemptible", itemCode: CODE,
        message: { "zh-CN": "材料「M0002」上级可免提交，本级仍要求提交", en: 'material "M0002" may be skipped above but must be submitted here' } },
    ]],
    ["exemption-withdrawn: a material without name or id, matched by its empty name, is named by empty text", (u, l) => {
      delete u.items[0].materials[1].name;
      delete l.items[0].materials[1].name;
      delete l.items[0].materials[1].id;
      l.items[0].materials[1].exemptible = false;
    }, [
      { rule: "exemption-withdrawn", severity: "error", path: "/items/0/materials/1/exemptible", upperPath: "/items/0/materials/1/exemptible", itemCode: CODE,
        message: { "zh-CN": "材料「」上级可免提交（电子证照），本级仍要求提交", en: 'material "" may be skipped above (Electronic licence) but must be submitted here' } },
    ]],
    ["intermediary-added: a required service without a name is named by empty text", (_u, l) => l.items[0].intermediaries.push({ required: true }), [
      { rule: "intermediary-added", severity: "error", path: "/items/0/intermediaries/1", upperPath: "/items/0/intermediaries", itemCode: CODE,
        message: { "zh-CN": "新增上级未要求的中介服务「」", en: 'requires intermediary service "", which the upper item does not require' } },
    ]],
  ];
  it.each(edges)("%s", (_name, mutate, expected) => {
    const [a, b] = [pairV2(), pairV2()];
    mutate(a.upper, a.lower);
    mutate(b.upper, b.lower);
    expect(whole(checkConformance(a.upper, a.lower).issues, checkConformance(b.upper, b.lower, { locale: "en" }).issues)).toEqual(expected);
  });
});
