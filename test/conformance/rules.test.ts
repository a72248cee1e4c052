/** Every conformance rule: a minimal pair that triggers it (the whole issue: rule, severity, paths, item code, message in zh-CN and en) and a near-miss that must pass. */
import { describe, expect, it } from "vitest";
import { checkConformance } from "../../src/conformance/check-conformance.js";
import { conformanceRules } from "../../src/conformance/rules/index.js";
import { regionWithin } from "../../src/conformance/rules/region-not-within-upper.js";
import type { RegionRegistry } from "../../src/regions/region-registry.js";
import { whole, type WholeIssue } from "../helpers/whole-issue.js";
import { brief, pair } from "./pair.js";
import { v2Cases } from "./v2-cases.js";

type Mutate = (upper: any, lower: any) => void;
interface Case {
  rule: string;
  /** Names the trigger when a rule has several. */
  label?: string;
  trigger: Mutate;
  /** The whole issues: every field, the message in both locales (which pins the message's parameters). */
  expected: WholeIssue[];
  nearMisses: [string, Mutate][];
}

const item = (doc: any, i = 0) => doc.items[i];
const material = (doc: any, id: string) => item(doc).materials.find((m: any) => m.id === id);

const cases: Case[] = [
  {
    rule: "level-order",
    trigger: (_u, l) => (l.region = { code: "320000000000", level: "2" }),
    expected: [
      { rule: "level-order", severity: "error", path: "/region/level", upperPath: "/region/level",
        message: { "zh-CN": "本级层级 2 省级 不低于上级层级 2 省级", en: "level 2 (Province) is not below the upper level 2 (Province)" } },
    ],
    nearMisses: [
      ["a city below a province", () => {}],
      ["a province below the nation", (u, l) => {
        u.region = { code: "000000000000", level: "1" };
        l.region = { code: "320000000000", level: "2" };
        for (const it of [...u.items, ...l.items]) it.levels = ["2", "3", "4"];
      }],
    ],
  },
  {
    rule: "region-not-within-upper",
    trigger: (_u, l) => (l.region.code = "330100000000"),
    expected: [
      { rule: "region-not-within-upper", severity: "error", path: "/region/code", upperPath: "/region/code",
        message: { "zh-CN": "本级区划 330100000000 不在上级区划 320000000000 之内", en: "region 330100000000 does not lie inside the upper region 320000000000" } },
    ],
    nearMisses: [["another city of the same province", (_u, l) => (l.region.code = "320600000000")]],
  },
  {
    rule: "not-in-upper",
    trigger: (_u, l) => l.items.push({ ...structuredClone(item(l)), basicCode: "000199001000" }),
    expected: [
      { rule: "not-in-upper", severity: "error", path: "/items/2/basicCode", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "事项 000199001000「饮用水供水单位卫生许可」不在上级目录中（清单之外不得实施）", en: "item 000199001000 \"饮用水供水单位卫生许可\" is in no catalogue above (not on the list)" } },
    ],
    nearMisses: [["a second copy of a listed item", (_u, l) => l.items.push(structuredClone(item(l)))]],
  },
  {
    rule: "not-in-upper",
    label: "an item without basic code or name (named by empty text, not left out)",
    trigger: (_u, l) => {
      const it = structuredClone(item(l));
      delete it.basicCode;
      delete it.name;
      l.items.push(it);
    },
    expected: [
      { rule: "not-in-upper", severity: "error", path: "/items/2/basicCode", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "事项 「」不在上级目录中（清单之外不得实施）", en: "item  \"\" is in no catalogue above (not on the list)" } },
    ],
    nearMisses: [],
  },
  {
    rule: "name-mismatch",
    trigger: (_u, l) => (item(l).name += "（市级）"),
    expected: [
      { rule: "name-mismatch", severity: "error", path: "/items/0/name", upperPath: "/items/0/name", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "事项名称与上级不一致：上级「饮用水供水单位卫生许可」，本级「饮用水供水单位卫生许可（市级）」", en: "item name differs from the upper item: upper \"饮用水供水单位卫生许可\", lower \"饮用水供水单位卫生许可（市级）\"" } },
    ],
    nearMisses: [
      ["whitespace, including an ideographic space", (_u, l) => (item(l).name = ` 饮用水供水单位\u3000卫生 许可 `)],
      ["half-width brackets where the upper has full-width ones", (u, l) => {
        item(u).name = "企业投资项目备案（技术改造）";
        item(l).name = "企业投资项目备案(技术改造)";
      }],
    ],
  },
  {
    rule: "type-mismatch",
    trigger: (_u, l) => (item(l).type = "20"),
    expected: [
      { rule: "type-mismatch", severity: "error", path: "/items/0/type", upperPath: "/items/0/type", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "事项类型与上级不一致：上级 01 行政许可，本级 20 公共服务", en: "item type differs from the upper item: upper 01 (Administrative licensing), lower 20 (Public service)" } },
    ],
    nearMisses: [["a different department (not one of the compared elements)", (_u, l) => (item(l).department = "卫生健康局")]],
  },
  {
    rule: "legal-basis-mismatch",
    trigger: (_u, l) => (item(l).legalBasis[0].article = "第三十条"),
    expected: [
      { rule: "legal-basis-mismatch", severity: "error", path: "/items/0/legalBasis", upperPath: "/items/0/legalBasis", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "设定依据与上级不一致：本级多出 《中华人民共和国传染病防治法》第三十条；本级缺少 《中华人民共和国传染病防治法》第二十九条", en: "legal basis differs from the upper item: added 《中华人民共和国传染病防治法》第三十条; missing 《中华人民共和国传染病防治法》第二十九条" } },
    ],
    nearMisses: [["reordered, without 《》, other 文号 and text", (_u, l) => {
      const basis = item(l).legalBasis.reverse();
      basis[0].lawName = basis[0].lawName.replace(/[《》]/g, "");
      basis[0].docNumber = "另一文号";
      delete basis[1].text;
    }]],
  },
  {
    rule: "legal-basis-mismatch",
    label: "a citation dropped, none added",
    trigger: (_u, l) => item(l).legalBasis.splice(1, 1),
    expected: [
      { rule: "legal-basis-mismatch", severity: "error", path: "/items/0/legalBasis", upperPath: "/items/0/legalBasis", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "设定依据与上级不一致：本级多出 无；本级缺少 《生活饮用水卫生监督管理办法》第七条", en: "legal basis differs from the upper item: added none; missing 《生活饮用水卫生监督管理办法》第七条" } },
    ],
    nearMisses: [],
  },
  {
    rule: "legal-basis-mismatch",
    label: "a citation added, none dropped",
    trigger: (_u, l) => item(l).legalBasis.push({ lawName: "《城市供水条例》", article: "第二十一条" }),
    expected: [
      { rule: "legal-basis-mismatch", severity: "error", path: "/items/0/legalBasis", upperPath: "/items/0/legalBasis", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "设定依据与上级不一致：本级多出 《城市供水条例》第二十一条；本级缺少 无", en: "legal basis differs from the upper item: added 《城市供水条例》第二十一条; missing none" } },
    ],
    nearMisses: [],
  },
  // The cases below reach past the fast path for lists written alike (same length, same order): each differs
  // from the upper list in one place only, where the fast path must hand over to the key comparison.
  {
    rule: "legal-basis-mismatch",
    label: "two citations added, two dropped (joined by ；)",
    trigger: (_u, l) => {
      item(l).legalBasis[0].article = "第三十条";
      item(l).legalBasis[1].article = "第八条";
    },
    expected: [
      { rule: "legal-basis-mismatch", severity: "error", path: "/items/0/legalBasis", upperPath: "/items/0/legalBasis", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "设定依据与上级不一致：本级多出 《中华人民共和国传染病防治法》第三十条；《生活饮用水卫生监督管理办法》第八条；本级缺少 《中华人民共和国传染病防治法》第二十九条；《生活饮用水卫生监督管理办法》第七条", en: "legal basis differs from the upper item: added 《中华人民共和国传染病防治法》第三十条；《生活饮用水卫生监督管理办法》第八条; missing 《中华人民共和国传染病防治法》第二十九条；《生活饮用水卫生监督管理办法》第七条" } },
    ],
    nearMisses: [],
  },
  {
    rule: "legal-basis-mismatch",
    label: "another law, the same article",
    trigger: (_u, l) => (item(l).legalBasis[1].lawName = "《城市供水条例》"),
    expected: [
      { rule: "legal-basis-mismatch", severity: "error", path: "/items/0/legalBasis", upperPath: "/items/0/legalBasis", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "设定依据与上级不一致：本级多出 《城市供水条例》第七条；本级缺少 《生活饮用水卫生监督管理办法》第七条", en: "legal basis differs from the upper item: added 《城市供水条例》第七条; missing 《生活饮用水卫生监督管理办法》第七条" } },
    ],
    nearMisses: [],
  },
  {
    rule: "legal-basis-mismatch",
    label: "a null citation above where the lower list has one",
    trigger: (u) => (item(u).legalBasis[1] = null),
    expected: [
      { rule: "legal-basis-mismatch", severity: "error", path: "/items/0/legalBasis", upperPath: "/items/0/legalBasis", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "设定依据与上级不一致：本级多出 《生活饮用水卫生监督管理办法》第七条；本级缺少 无", en: "legal basis differs from the upper item: added 《生活饮用水卫生监督管理办法》第七条; missing none" } },
    ],
    nearMisses: [["null in the same place in both lists", (u, l) => (item(u).legalBasis[1] = item(l).legalBasis[1] = null)]],
  },
  {
    rule: "legal-basis-mismatch",
    label: "a null citation below where the upper list has one",
    trigger: (_u, l) => (item(l).legalBasis[1] = null),
    expected: [
      { rule: "legal-basis-mismatch", severity: "error", path: "/items/0/legalBasis", upperPath: "/items/0/legalBasis", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "设定依据与上级不一致：本级多出 无；本级缺少 《生活饮用水卫生监督管理办法》第七条", en: "legal basis differs from the upper item: added none; missing 《生活饮用水卫生监督管理办法》第七条" } },
    ],
    nearMisses: [],
  },
  {
    rule: "legal-basis-mismatch",
    label: "a text citation above where the lower list has an empty one (which counts, named by empty text)",
    trigger: (u, l) => {
      item(u).legalBasis[1] = "《生活饮用水卫生监督管理办法》第七条";
      item(l).legalBasis[1] = {};
    },
    expected: [
      { rule: "legal-basis-mismatch", severity: "error", path: "/items/0/legalBasis", upperPath: "/items/0/legalBasis", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "设定依据与上级不一致：本级多出 {}；本级缺少 无", en: "legal basis differs from the upper item: added {}; missing none" } },
    ],
    nearMisses: [],
  },
  {
    rule: "legal-basis-mismatch",
    label: "an empty citation above where the lower list has a text one (which does not count)",
    trigger: (u, l) => {
      item(u).legalBasis[1] = {};
      item(l).legalBasis[1] = "《生活饮用水卫生监督管理办法》第七条";
    },
    expected: [
      { rule: "legal-basis-mismatch", severity: "error", path: "/items/0/legalBasis", upperPath: "/items/0/legalBasis", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "设定依据与上级不一致：本级多出 无；本级缺少 {}", en: "legal basis differs from the upper item: added none; missing {}" } },
    ],
    nearMisses: [],
  },
  {
    rule: "legal-basis-mismatch",
    label: "a citation with neither law name nor article, named by the fields it holds",
    trigger: (_u, l) => {
      item(l).legalBasis.push({ documentNumber: "国务院令第1号" });
    },
    expected: [
      { rule: "legal-basis-mismatch", severity: "error", path: "/items/0/legalBasis", upperPath: "/items/0/legalBasis", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "设定依据与上级不一致：本级多出 {documentNumber}；本级缺少 无", en: "legal basis differs from the upper item: added {documentNumber}; missing none" } },
    ],
    nearMisses: [],
  },
  {
    rule: "level-not-allowed-upstream",
    trigger: (u) => (item(u).levels = ["2", "4"]),
    expected: [
      { rule: "level-not-allowed-upstream", severity: "error", path: "/items/0/level", upperPath: "/items/0/levels", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "层级 3 市级 不在上级事项行使层级 [2,4] 之内", en: "level 3 (City) is not among the upper item's levels [2,4]" } },
    ],
    nearMisses: [["narrowed levels", (_u, l) => (item(l).levels = ["3"])]],
  },
  {
    rule: "level-not-allowed-upstream",
    trigger: (_u, l) => item(l).levels.push("5"),
    expected: [
      { rule: "level-not-allowed-upstream", severity: "error", path: "/items/0/levels/2", upperPath: "/items/0/levels", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "层级 5 乡镇（街道）级 不在上级事项行使层级 [3,4] 之内", en: "level 5 (Township) is not among the upper item's levels [3,4]" } },
    ],
    nearMisses: [["levels dropped to its own level", (_u, l) => (item(l).levels = ["3"])]],
  },
  {
    rule: "statutory-time-changed",
    trigger: (_u, l) => (item(l).timeLimit.statutory.value = 15),
    expected: [
      { rule: "statutory-time-changed", severity: "error", path: "/items/0/timeLimit/statutory", upperPath: "/items/0/timeLimit/statutory", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "法定办结时限与上级不一致：上级 20个工作日，本级 15个工作日", en: "statutory time limit differs from the upper item: upper 20 working day(s), lower 15 working day(s)" } },
    ],
    nearMisses: [["statutory left out (only two present fields are compared)", (_u, l) => delete item(l).timeLimit.statutory]],
  },
  {
    rule: "statutory-time-changed",
    trigger: (_u, l) => (item(l).timeLimit.statutory.unit = "natural_day"),
    expected: [
      { rule: "statutory-time-changed", severity: "error", path: "/items/0/timeLimit/statutory", upperPath: "/items/0/timeLimit/statutory", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "法定办结时限与上级不一致：上级 20个工作日，本级 20个自然日", en: "statutory time limit differs from the upper item: upper 20 working day(s), lower 20 calendar day(s)" } },
    ],
    nearMisses: [],
  },
  {
    rule: "promised-time-exceeds-upper",
    trigger: (_u, l) => (item(l).timeLimit.promised.value = 11),
    expected: [
      { rule: "promised-time-exceeds-upper", severity: "error", path: "/items/0/timeLimit/promised", upperPath: "/items/0/timeLimit/promised", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "承诺办结时限超过上级：上级 10个工作日，本级 11个工作日", en: "promised time limit exceeds the upper item's: upper 10 working day(s), lower 11 working day(s)" } },
    ],
    nearMisses: [
      ["a shortened promise", (_u, l) => (item(l).timeLimit.promised.value = 5)],
      ["a longer promise in another unit (not compared)", (_u, l) => (item(l).timeLimit.promised = { value: 14, unit: "natural_day" })],
    ],
  },
  {
    rule: "material-added",
    trigger: (_u, l) => item(l).materials.push({ name: "户口簿", necessity: "required", medium: "paper" }),
    expected: [
      { rule: "material-added", severity: "error", path: "/items/0/materials/4", upperPath: "/items/0/materials", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "新增上级未列的申请材料「户口簿」", en: "adds material \"户口簿\", which the upper item does not list" } },
    ],
    nearMisses: [
      ["a removed material", (_u, l) => item(l).materials.splice(1, 1)],
      ["a renamed material with the same id", (_u, l) => (material(l, "M1").name = "申请书")],
      ["a material without id matched by normalised name", (_u, l) => (item(l).materials[3].name = "营业执照 (副本)")],
    ],
  },
  {
    rule: "material-added",
    trigger: (_u, l) => (material(l, "M2").id = "M9"),
    expected: [
      { rule: "material-added", severity: "error", path: "/items/0/materials/1", upperPath: "/items/0/materials", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "新增上级未列的申请材料「供水设施平面布局图」", en: "adds material \"供水设施平面布局图\", which the upper item does not list" } },
    ],
    nearMisses: [],
  },
  {
    rule: "material-necessity-raised",
    trigger: (_u, l) => {
      item(l).materials.reverse();
      material(l, "M2").necessity = "required";
    },
    expected: [
      { rule: "material-necessity-raised", severity: "error", path: "/items/0/materials/2/necessity", upperPath: "/items/0/materials/1/necessity", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "材料「供水设施平面布局图」必要性提高：上级 非必要，本级 必要", en: "material \"供水设施平面布局图\" made more necessary: upper Optional, lower Required" } },
    ],
    nearMisses: [
      ["a required material made optional", (_u, l) => (material(l, "M1").necessity = "optional")],
      ["a deferrable material made optional", (_u, l) => (material(l, "M3").necessity = "optional")],
    ],
  },
  {
    rule: "material-necessity-raised",
    trigger: (_u, l) => (material(l, "M3").necessity = "required"),
    expected: [
      { rule: "material-necessity-raised", severity: "error", path: "/items/0/materials/2/necessity", upperPath: "/items/0/materials/2/necessity", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "材料「从业人员健康证明」必要性提高：上级 容缺后补，本级 必要", en: "material \"从业人员健康证明\" made more necessary: upper Deferrable, lower Required" } },
    ],
    nearMisses: [],
  },
  {
    rule: "material-copies-increased",
    trigger: (_u, l) => (material(l, "M1").copies = 2),
    expected: [
      { rule: "material-copies-increased", severity: "warning", path: "/items/0/materials/0/copies", upperPath: "/items/0/materials/0/copies", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "材料「卫生许可申请书」份数增加：上级 1 份，本级 2 份", en: "material \"卫生许可申请书\" asks for more copies: upper 1, lower 2" } },
    ],
    nearMisses: [["fewer copies", (_u, l) => (item(l).materials[3].copies = 1)]],
  },
  {
    rule: "fee-added",
    trigger: (_u, l) => item(l).fees.items.push({ name: "证书邮寄费", standard: "每件12元", basis: "本市规定", amount: 12 }),
    expected: [
      { rule: "fee-added", severity: "error", path: "/items/0/fees/items/1", upperPath: "/items/0/fees/items", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "新增上级未列的收费项目「证书邮寄费」（每件12元）", en: "adds fee item \"证书邮寄费\" (每件12元), which the upper item does not charge" } },
    ],
    nearMisses: [
      ["the same fee, written with spaces", (_u, l) => (item(l).fees.items[0].name = "卫生 检测费")],
      ["free where the upper charges", (_u, l) => (item(l).fees = { charged: false, items: [] })],
    ],
  },
  {
    rule: "fee-added",
    trigger: (_u, l) => (item(l, 1).fees = { charged: true, items: [{ name: "查档费", standard: "每件5元", basis: "本市规定", amount: 5 }] }),
    expected: [
      { rule: "fee-added", severity: "error", path: "/items/1/fees/charged", upperPath: "/items/1/fees/charged", itemCode: "11320500MB1H2K9E533000175004000",
        message: { "zh-CN": "上级不收费，本级收费（查档费）", en: "charges where the upper item is free (查档费)" } },
    ],
    nearMisses: [],
  },
  {
    rule: "fee-amount-increased",
    trigger: (_u, l) => (item(l).fees.items[0].amount = 12),
    expected: [
      { rule: "fee-amount-increased", severity: "error", path: "/items/0/fees/items/0/amount", upperPath: "/items/0/fees/items/0/amount", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "收费项目「卫生检测费」金额提高：上级 10 元，本级 12 元", en: "fee item \"卫生检测费\" charges more: upper 10 yuan, lower 12 yuan" } },
    ],
    nearMisses: [["a lower fee", (_u, l) => (item(l).fees.items[0].amount = 8)]],
  },
  {
    rule: "material-copies-increased",
    label: "a material matched by its id, without a name (named by empty text)",
    trigger: (_u, l) => {
      delete material(l, "M1").name;
      material(l, "M1").copies = 2;
    },
    expected: [
      { rule: "material-copies-increased", severity: "warning", path: "/items/0/materials/0/copies", upperPath: "/items/0/materials/0/copies", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "材料「」份数增加：上级 1 份，本级 2 份", en: "material \"\" asks for more copies: upper 1, lower 2" } },
    ],
    nearMisses: [],
  },
  {
    rule: "material-necessity-raised",
    label: "a material matched by its id, without a name (named by empty text)",
    trigger: (_u, l) => {
      delete material(l, "M3").name;
      material(l, "M3").necessity = "required";
    },
    expected: [
      { rule: "material-necessity-raised", severity: "error", path: "/items/0/materials/2/necessity", upperPath: "/items/0/materials/2/necessity", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "材料「」必要性提高：上级 容缺后补，本级 必要", en: "material \"\" made more necessary: upper Deferrable, lower Required" } },
    ],
    nearMisses: [],
  },
  {
    rule: "fee-amount-increased",
    label: "a fee item without a name on either level (matched by the empty name, named by empty text)",
    trigger: (u, l) => {
      delete item(u).fees.items[0].name;
      delete item(l).fees.items[0].name;
      item(l).fees.items[0].amount = 12;
    },
    expected: [
      { rule: "fee-amount-increased", severity: "error", path: "/items/0/fees/items/0/amount", upperPath: "/items/0/fees/items/0/amount", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "收费项目「」金额提高：上级 10 元，本级 12 元", en: "fee item \"\" charges more: upper 10 yuan, lower 12 yuan" } },
    ],
    nearMisses: [],
  },
  {
    rule: "visits-increased",
    trigger: (_u, l) => (item(l).visits = 2),
    expected: [
      { rule: "visits-increased", severity: "error", path: "/items/0/visits", upperPath: "/items/0/visits", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "到办事现场次数增加：上级 1 次，本级 2 次", en: "more visits in person: upper 1, lower 2" } },
    ],
    nearMisses: [["zero visits", (_u, l) => (item(l).visits = 0)]],
  },
  {
    rule: "online-depth-decreased",
    trigger: (_u, l) => (item(l).onlineDepth = 2),
    expected: [
      { rule: "online-depth-decreased", severity: "warning", path: "/items/0/onlineDepth", upperPath: "/items/0/onlineDepth", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "网上办理深度降低：上级 Ⅲ级（在线申办、网上受理），本级 Ⅱ级（在线预审）", en: "lower online depth: upper Level III (online application), lower Level II (online pre-review)" } },
    ],
    nearMisses: [["a higher online depth", (_u, l) => (item(l).onlineDepth = 4)]],
  },
  {
    rule: "not-claimed",
    trigger: (_u, l) => l.items.splice(1, 1),
    expected: [
      { rule: "not-claimed", severity: "info", path: "/items", upperPath: "/items/1", itemCode: "000175004000",
        message: { "zh-CN": "未认领上级事项 000175004000「延期向社会开放档案审批」（其行使层级包含本级 3 市级）", en: "upper item 000175004000 \"延期向社会开放档案审批\" is not claimed, though its levels include 3 (City)" } },
    ],
    nearMisses: [["an unclaimed item not allowed at the lower level", (u, l) => {
      l.items.splice(1, 1);
      item(u, 1).levels = ["4"];
    }]],
  },
  {
    rule: "not-claimed",
    label: "an upper item without basic code or name",
    trigger: (u) => {
      const it = structuredClone(item(u));
      delete it.basicCode;
      delete it.name;
      u.items.push(it);
    },
    expected: [
      { rule: "not-claimed", severity: "info", path: "/items", upperPath: "/items/2",
        message: { "zh-CN": "未认领上级事项 「」（其行使层级包含本级 3 市级）", en: "upper item  \"\" is not claimed, though its levels include 3 (City)" } },
    ],
    nearMisses: [],
  },
  {
    rule: "fee-added",
    label: "charged where the upper is free: every fee item named, one without a name as empty text",
    trigger: (_u, l) => (item(l, 1).fees = { charged: true, items: [
      { name: "查档费", standard: "每件5元", amount: 5 }, { standard: "每件2元", amount: 2 }, { name: "复印费", standard: "每页1元", amount: 1 },
    ] }),
    expected: [
      { rule: "fee-added", severity: "error", path: "/items/1/fees/charged", upperPath: "/items/1/fees/charged", itemCode: "11320500MB1H2K9E533000175004000",
        message: { "zh-CN": "上级不收费，本级收费（查档费、、复印费）", en: "charges where the upper item is free (查档费、、复印费)" } },
    ],
    nearMisses: [],
  },
  {
    rule: "fee-added",
    label: "a fee item without name or standard",
    trigger: (_u, l) => item(l).fees.items.push({ amount: 3 }),
    expected: [
      { rule: "fee-added", severity: "error", path: "/items/0/fees/items/1", upperPath: "/items/0/fees/items", itemCode: "11320500MB1H2K9E533000123018000",
        message: { "zh-CN": "新增上级未列的收费项目「」（）", en: "adds fee item \"\" (), which the upper item does not charge" } },
    ],
    nearMisses: [],
  },
];

/**
 * Near misses where one side leaves an element out or gives it in a form the rule does not compare: the
 * rule stays silent (each rule compares only values both sides give), and no other rule fires either.
 */
const silentWhenMissing: [rule: string, name: string, mutate: Mutate][] = [
  ["level-order", "no level below", (_u, l) => delete l.region.level],
  ["level-order", "no level above", (u) => delete u.region.level],
  ["level-order", "no region above or below", (u, l) => {
    delete u.region;
    delete l.region;
  }],
  ["region-not-within-upper", "a region code below that is not 12 digits", (_u, l) => (l.region.code = "3301")],
  ["region-not-within-upper", "a region code above that is not 12 digits", (u) => (u.region.code = "3200")],
  ["name-mismatch", "no name above", (u) => delete item(u).name],
  ["name-mismatch", "no name below", (_u, l) => delete item(l).name],
  ["type-mismatch", "no type above", (u) => delete item(u).type],
  ["type-mismatch", "no type below", (_u, l) => delete item(l).type],
  ["statutory-time-changed", "no statutory limit above", (u, l) => {
    delete item(u).timeLimit.statutory;
    item(l).timeLimit.statutory.value = 30;
  }],
  ["promised-time-exceeds-upper", "no promise above", (u, l) => {
    delete item(u).timeLimit.promised;
    item(l).timeLimit.promised.value = 12;
  }],
  ["promised-time-exceeds-upper", "no promise below", (_u, l) => delete item(l).timeLimit.promised],
  ["promised-time-exceeds-upper", "no time limit above, none below", (u, l) => {
    delete item(u).timeLimit;
    delete item(l, 1).timeLimit;
  }],
  ["material-added", "no materials above", (u, l) => {
    delete item(u).materials;
    item(l).materials.push({ name: "户口簿", necessity: "required", medium: "paper" });
  }],
  ["material-necessity-raised", "a necessity the rule does not rank", (_u, l) => (material(l, "M3").necessity = "sometimes")],
  ["material-necessity-raised", "a necessity above the rule does not rank", (u, l) => {
    material(u, "M3").necessity = "sometimes";
    material(l, "M3").necessity = "required";
  }],
  ["level-not-allowed-upstream", "no levels above", (u, l) => {
    delete item(u).levels;
    item(l).levels = ["3", "4", "5"];
  }],
  ["level-not-allowed-upstream", "levels below that are no strings", (_u, l) => (item(l).levels = ["3", 4])],
  ["level-not-allowed-upstream", "no level and no levels below", (_u, l) => {
    delete item(l).level;
    delete item(l).levels;
  }],
  ["visits-increased", "no visits above", (u, l) => {
    delete item(u).visits;
    item(l).visits = 2;
  }],
  ["visits-increased", "no visits below", (_u, l) => delete item(l).visits],
  ["online-depth-decreased", "no depth above", (u, l) => {
    delete item(u).onlineDepth;
    item(l).onlineDepth = 1;
  }],
  ["online-depth-decreased", "no depth below", (_u, l) => delete item(l).onlineDepth],
  ["fee-added", "no fees above", (u, l) => {
    delete item(u).fees;
    item(l).fees.items.push({ name: "证书邮寄费", standard: "每件12元", basis: "本市规定", amount: 12 });
  }],
  ["fee-added", "fees null below", (_u, l) => (item(l).fees = null)],
  ["fee-added", "fees null above", (u) => (item(u).fees = null)],
  ["fee-added", "no fees below", (_u, l) => delete item(l).fees],
  ["fee-added", "fee items not listed above", (u, l) => {
    delete item(u).fees.items;
    item(l).fees.items.push({ name: "证书邮寄费", standard: "每件12元", basis: "本市规定", amount: 12 });
  }],
  ["fee-amount-increased", "no amount above", (u, l) => {
    delete item(u).fees.items[0].amount;
    item(l).fees.items[0].amount = 12;
  }],
  ["fee-amount-increased", "no amount below", (_u, l) => delete item(l).fees.items[0].amount],
  ["material-copies-increased", "no copies above", (u, l) => {
    delete material(u, "M1").copies;
    material(l, "M1").copies = 2;
  }],
  ["material-copies-increased", "no copies below", (_u, l) => delete material(l, "M1").copies],
  ["legal-basis-mismatch", "no legal basis below", (_u, l) => delete item(l).legalBasis],
  ["legal-basis-mismatch", "no legal basis above", (u) => delete item(u).legalBasis],
  ["not-claimed", "an unclaimed upper item that is cancelled", (u, l) => {
    l.items.splice(1, 1);
    item(u, 1).state = "cancelled";
  }],
  ["not-claimed", "an unclaimed upper item without levels", (u, l) => {
    l.items.splice(1, 1);
    delete item(u, 1).levels;
  }],
];

/** The share of Han characters among the letters of a text (Han and Latin). */
function hanShare(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han / Math.max(1, han + latin);
}

describe("conformance rules", () => {
  it("the fixture pair is clean", () => {
    const { upper, lower } = pair();
    expect(checkConformance(upper, lower).issues).toEqual([]);
  });

  it("every rule has a case (v2's own rules in v2-cases.ts)", () => {
    // Rules that compare only 一件事 (bundles) have their cases over a bundle pair in test/bundle/conformance.test.ts.
    const bundleOnly = new Set(["bundle-member-added"]);
    expect(new Set([...cases, ...v2Cases].map((c) => c.rule))).toEqual(new Set(conformanceRules.map((r) => r.id).filter((id) => !bundleOnly.has(id))));
  });

  it.each(conformanceRules.map((r) => [r.id, r] as const))("%s has a rationale in zh-CN and en", (_id, rule) => {
    // The English keeps the Chinese terms it glosses (事项名称, 行使层级…), so each side is checked by its main script.
    expect(hanShare(rule.rationale["zh-CN"])).toBeGreaterThan(0.5);
    expect(hanShare(rule.rationale.en)).toBeLessThan(0.5);
    expect(rule.rationale.en.length).toBeGreaterThan(40);
  });

  for (const c of cases) {
    describe(c.rule, () => {
      it(`triggers: ${c.label ?? JSON.stringify(c.expected[0]?.path)}`, () => {
        const { upper, lower } = pair();
        c.trigger(upper, lower);
        const report = checkConformance(upper, lower);
        expect(whole(report.issues, checkConformance(upper, lower, { locale: "en" }).issues)).toEqual(c.expected);
        expect(report.ok).toBe(c.expected[0]!.severity !== "error");
      });
      for (const [name, mutate] of c.nearMisses) {
        it(`near-miss passes: ${name}`, () => {
          const { upper, lower } = pair();
          mutate(upper, lower);
          expect(brief(checkConformance(upper, lower).issues)).toEqual([]);
        });
      }
    });
  }

  describe("region-not-within-upper compares only two 12-digit codes", () => {
    it("regionWithin (also used by derive and the region plan) reads only twelve zeros as the nation", () => {
      expect(regionWithin("320500000000", "000000000000")).toBe(true);
      expect(regionWithin("320500000000", "1000000000000")).toBe(false);
      expect(regionWithin("320500000000", "0000000000001")).toBe(false);
    });


    it.each([
      ["an upper code that is a number", (u: any) => (u.region.code = 330000000000)],
      ["a lower code that is a number", (_u: any, l: any) => (l.region.code = 330100000000)],
      ["an upper code of 13 digits", (u: any) => (u.region.code = "3300000000000")],
      ["a lower code of 13 digits", (_u: any, l: any) => (l.region.code = "3301000000000")],
    ] as [string, Mutate][])("%s", (_name, mutate) => {
      const { upper, lower } = pair();
      mutate(upper, lower);
      expect(checkConformance(upper, lower).issues.map((i) => i.rule)).not.toContain("region-not-within-upper");
    });
  });

  describe("near misses: an element one side leaves out", () => {
    it.each(silentWhenMissing)("%s: %s", (_rule, _name, mutate) => {
      const { upper, lower } = pair();
      mutate(upper, lower);
      expect(brief(checkConformance(upper, lower).issues)).toEqual([]);
    });
  });

  it("issues carry the lower item's code and a message with both values, in both locales", () => {
    const { upper, lower } = pair();
    item(lower).timeLimit.promised.value = 12;
    const [zh] = checkConformance(upper, lower).issues;
    const [en] = checkConformance(upper, lower, { locale: "en" }).issues;
    expect(zh!.itemCode).toBe(item(lower).implementationCode);
    expect(zh!.message).toBe("承诺办结时限超过上级：上级 10个工作日，本级 12个工作日");
    expect(en!.message).toBe("promised time limit exceeds the upper item's: upper 10 working day(s), lower 12 working day(s)");
  });

  it("standard-only fields are not compared against a basic catalogue", () => {
    const { upper, lower } = pair();
    upper.kind = "basic";
    item(lower).timeLimit.promised.value = 30;
    item(lower).materials.push({ name: "户口簿", necessity: "required", medium: "paper" });
    item(lower).name = "另一个名称";
    expect(brief(checkConformance(upper, lower).issues).map((i) => i.rule)).toEqual(["name-mismatch"]);
  });

  it("matches handling items by their sequence where both have one", () => {
    const { lower } = pair();
    const a = item(lower);
    const b = structuredClone(a);
    a.handlingItemCode = a.implementationCode + "01";
    b.handlingItemCode = b.implementationCode + "02";
    b.timeLimit.promised.value = 12;
    lower.items.push(b);
    // The upper list is an implementation list with one handling item only.
    const upperImpl = structuredClone(lower);
    upperImpl.items = [structuredClone(a)];
    upperImpl.items[0].timeLimit.promised.value = 10;
    upperImpl.region = { code: "320000000000", level: "2" };
    const issues = brief(checkConformance(upperImpl, { ...lower, items: [a, b] }).issues);
    // b (sequence 02) has no counterpart above: it is an item outside the list.
    expect(issues).toEqual([{ rule: "not-in-upper", severity: "error", path: "/items/1/basicCode" }]);
  });

  describe("region registry", () => {
    const registry = (parents: Record<string, string[]>): RegionRegistry => ({
      region: (code) => (parents[code] ? { code, name: code, level: "4" } : undefined),
      parents: (code) => (parents[code] ?? []).map((p) => ({ code: p, name: p, level: "3" })),
    });

    it("uses the registry's parent links when it knows the region", () => {
      const { upper, lower } = pair();
      upper.region = { code: "320500000000", level: "3" };
      lower.region = { code: "320581000000", level: "4" };
      for (const it of lower.items) it.level = "4";
      const options = { registry: registry({ "320581000000": ["320000000000", "320600000000"] }) };
      expect(brief(checkConformance(upper, lower, options).issues)).toEqual([
        { rule: "region-not-within-upper", severity: "error", path: "/region/code", upperPath: "/region/code" },
      ]);
      // The same codes pass by structure when the registry does not know the region.
      expect(checkConformance(upper, lower, { registry: registry({}) }).issues).toEqual([]);
    });

    it("a region the registry places under the upper region, among its other parents, lies within it", () => {
      const { upper, lower } = pair();
      const options = { registry: registry({ "320500000000": ["000000000000", "320000000000"] }) };
      expect(checkConformance(upper, lower, options).issues).toEqual([]);
    });

    it("the registry does not decide a region equal to the upper one, nor one below the nation", () => {
      const { upper, lower } = pair();
      lower.region.code = upper.region.code;
      const options = { registry: registry({ "320000000000": ["000000000000"], "320500000000": ["320000000000"] }) };
      const rules = (u: any, l: any) => checkConformance(u, l, options).issues.map((i) => i.rule);
      expect(rules(upper, lower)).not.toContain("region-not-within-upper");
      // The registry's parents of 320500000000 leave out the nation: the nation contains every region all the same.
      const { upper: nation, lower: city } = pair();
      nation.region = { code: "000000000000", level: "1" };
      expect(rules(nation, city)).not.toContain("region-not-within-upper");
    });
  });
});
