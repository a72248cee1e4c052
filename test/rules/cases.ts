/**
 * The validation rules' cases: a document changed by one cause, and the whole issues the rules find in
 * it (empty for a near miss that must pass). Run through the rules alone (src/validate/run-rules.ts,
 * no schema validation), so each case pins one rule behaviour, including on input the schema would reject
 * (the rules are exported and stay defensive).
 */
import type { WholeIssue } from "../helpers/whole-issue.js";
import { readJson } from "../helpers/examples.js";

/** A case: what changes, and the whole issues expected. */
export interface RuleCase {
  rule: string;
  name: string;
  doc: () => any;
  expected: WholeIssue[];
}

/** The first item of a v1 implementation list (姑苏区), alone in its list and changed by `change`; clean as it stands. */
const v1 = (change: (item: any, doc: any) => void = () => {}) => {
  const doc = readJson("test/fixtures/v1/catalogue/valid/full-implementation.json");
  doc.items = doc.items.slice(0, 1);
  change(doc.items[0], doc);
  return doc;
};
/** The same from the v2 list (its item has situations, exemptible materials and lifecycle dates). */
const v2 = (change: (item: any, doc: any) => void = () => {}) => {
  const doc = readJson("test/fixtures/v2/catalogue/valid/full-implementation.json");
  doc.items = doc.items.slice(0, 1);
  change(doc.items[0], doc);
  return doc;
};
/** A v1 standard list (keyed by basic code), changed by `change`. */
const standard = (change: (doc: any) => void) => {
  const doc = readJson("test/fixtures/v1/catalogue/valid/standard-list.json");
  change(doc);
  return doc;
};
/** The item's agency given another credit code, with the implementation code that follows from it. */
const agencyCode = (item: any, code: string) => {
  item.agency.creditCode = code;
  item.implementationCode = code + item.level + item.basicCode;
};
/** The v1 item's implementation code. */
const CODE = "11320508MB1H3K5E5P4000123018000";

/** Every case, by rule. */
export const cases: RuleCase[] = [
  // credit-code-checksum
  { rule: "credit-code-checksum", name: "the agency's check character", doc: () => v1((it) => agencyCode(it, "11320508MB1H3K5E5Q")), expected: [
    { rule: "credit-code-checksum", severity: "error", path: "/items/0/agency/creditCode", itemCode: "11320508MB1H3K5E5Q4000123018000", message: { "zh-CN": "统一社会信用代码 11320508MB1H3K5E5Q 校验不通过：第18位校验码应为 P（GB 32100）", en: "credit code 11320508MB1H3K5E5Q fails its check: check character should be P (GB 32100)" } },
  ] },
  { rule: "credit-code-checksum", name: "the agency's organisation code check", doc: () => v1((it) => agencyCode(it, "11320508MB1H3K5E08")), expected: [
    { rule: "credit-code-checksum", severity: "error", path: "/items/0/agency/creditCode", itemCode: "11320508MB1H3K5E084000123018000", message: { "zh-CN": "统一社会信用代码 11320508MB1H3K5E08 校验不通过：第9–17位组织机构代码校验码错误（GB 11714）", en: "credit code 11320508MB1H3K5E08 fails its check: the organisation code in positions 9–17 has a wrong check character (GB 11714)" } },
  ] },
  { rule: "credit-code-checksum", name: "the publisher's check character", doc: () => v1((_, d) => (d.publisher.creditCode = "11320508MB1C8D4AX0")), expected: [
    { rule: "credit-code-checksum", severity: "error", path: "/publisher/creditCode", message: { "zh-CN": "统一社会信用代码 11320508MB1C8D4AX0 校验不通过：第18位校验码应为 N（GB 32100）", en: "credit code 11320508MB1C8D4AX0 fails its check: check character should be N (GB 32100)" } },
  ] },
  { rule: "credit-code-checksum", name: "near miss: a code of the wrong length (the schema's finding)", doc: () => v1((it) => agencyCode(it, "11320508MB1H3K5E5")), expected: [] },
  { rule: "credit-code-checksum", name: "near miss: a character outside the charset (the schema's finding)", doc: () => v1((it) => agencyCode(it, "11320508MB1H3K5I5P")), expected: [] },
  { rule: "credit-code-checksum", name: "near miss: no agency, no publisher, a code that is no string", doc: () => v1((it, d) => {
    delete it.agency;
    delete d.publisher;
    d.items.push({ ...structuredClone(it), basicCode: "000109042000", implementationCode: "11320508MB1H3K5E5P4000109042000", agency: { creditCode: 11320508 } });
  }), expected: [] },

  // region-level-mismatch
  { rule: "region-level-mismatch", name: "a district code declared a city", doc: () => v1((it, d) => {
    d.region.level = "3";
    it.level = "3";
    it.implementationCode = "11320508MB1H3K5E5P3000123018000";
  }), expected: [
    { rule: "region-level-mismatch", severity: "error", path: "/region/level", message: { "zh-CN": "区划代码 320508000000 对应层级 4，但声明的层级为 3", en: "region code 320508000000 implies level 4, but level 3 is declared" } },
  ] },
  { rule: "region-level-mismatch", name: "near miss: 13 digits (the schema's finding)", doc: () => v1((_, d) => (d.region.code = "3205080000001")), expected: [] },
  { rule: "region-level-mismatch", name: "near miss: 13 digits, the extra one first", doc: () => v1((_, d) => (d.region.code = "1320508000000")), expected: [] },
  { rule: "region-level-mismatch", name: "near miss: no level, or no region", doc: () => v1((it, d) => {
    delete d.region.level;
    d.items.push({ ...structuredClone(it), basicCode: "000109042000", implementationCode: "11320508MB1H3K5E5P4000109042000" });
  }), expected: [] },
  { rule: "region-level-mismatch", name: "near miss: a code that is no string", doc: () => v1((it, d) => {
    d.region = { code: 320508000000, level: "3" };
    it.level = "3";
    it.implementationCode = "11320508MB1H3K5E5P3000123018000";
  }), expected: [] },

  // item-level-mismatch
  { rule: "item-level-mismatch", name: "a city-level item in a district list", doc: () => v1((it) => {
    it.level = "3";
    it.implementationCode = "11320508MB1H3K5E5P3000123018000";
  }), expected: [
    { rule: "item-level-mismatch", severity: "error", path: "/items/0/level", itemCode: "11320508MB1H3K5E5P3000123018000", message: { "zh-CN": "事项实施层级 3 与清单层级 4 不一致", en: "item level 3 differs from the catalogue level 4" } },
  ] },
  { rule: "item-level-mismatch", name: "near miss: a standard list's items carry no level to compare", doc: () => standard((d) => (d.items[0].level = "3")), expected: [] },
  { rule: "item-level-mismatch", name: "near miss: a list without a level", doc: () => v1((it, d) => {
    delete d.region.level;
    it.level = "3";
    it.implementationCode = "11320508MB1H3K5E5P3000123018000";
  }), expected: [] },
  { rule: "item-level-mismatch", name: "near miss: an item without a level", doc: () => v1((it) => delete it.level), expected: [] },

  // level-not-allowed
  { rule: "level-not-allowed", name: "exercised at a level outside its levels", doc: () => v1((it) => (it.levels = ["2", "3"])), expected: [
    { rule: "level-not-allowed", severity: "error", path: "/items/0/level", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "实施层级 4 不在行使层级 [2,3] 之内", en: "level 4 is not among the item's levels [2,3]" } },
  ] },
  { rule: "level-not-allowed", name: "near miss: no levels listed", doc: () => v1((it) => delete it.levels), expected: [] },

  // implementation-code-mismatch
  { rule: "implementation-code-mismatch", name: "another agency's code inside", doc: () => v1((it) => (it.implementationCode = "11320508MB1H3K5E5Q4000123018000")), expected: [
    { rule: "implementation-code-mismatch", severity: "error", path: "/items/0/implementationCode", itemCode: "11320508MB1H3K5E5Q4000123018000", message: { "zh-CN": "实施编码应为 实施主体信用代码+实施层级+基本编码：期望 11320508MB1H3K5E5P4000123018000，实际 11320508MB1H3K5E5Q4000123018000", en: "the implementation code must be agency credit code + level + basic code: expected 11320508MB1H3K5E5P4000123018000, found 11320508MB1H3K5E5Q4000123018000" } },
  ] },
  { rule: "implementation-code-mismatch", name: "another level inside", doc: () => v1((it) => (it.implementationCode = "11320508MB1H3K5E5P3000123018000")), expected: [
    { rule: "implementation-code-mismatch", severity: "error", path: "/items/0/implementationCode", itemCode: "11320508MB1H3K5E5P3000123018000", message: { "zh-CN": "实施编码应为 实施主体信用代码+实施层级+基本编码：期望 11320508MB1H3K5E5P4000123018000，实际 11320508MB1H3K5E5P3000123018000", en: "the implementation code must be agency credit code + level + basic code: expected 11320508MB1H3K5E5P4000123018000, found 11320508MB1H3K5E5P3000123018000" } },
  ] },
  { rule: "implementation-code-mismatch", name: "another basic code inside", doc: () => v1((it) => (it.implementationCode = "11320508MB1H3K5E5P4000123018001")), expected: [
    { rule: "implementation-code-mismatch", severity: "error", path: "/items/0/implementationCode", itemCode: "11320508MB1H3K5E5P4000123018001", message: { "zh-CN": "实施编码应为 实施主体信用代码+实施层级+基本编码：期望 11320508MB1H3K5E5P4000123018000，实际 11320508MB1H3K5E5P4000123018001", en: "the implementation code must be agency credit code + level + basic code: expected 11320508MB1H3K5E5P4000123018000, found 11320508MB1H3K5E5P4000123018001" } },
  ] },
  { rule: "implementation-code-mismatch", name: "a character too many", doc: () => v1((it) => (it.implementationCode = `${CODE}0`)), expected: [
    { rule: "implementation-code-mismatch", severity: "error", path: "/items/0/implementationCode", itemCode: "11320508MB1H3K5E5P40001230180000", message: { "zh-CN": "实施编码应为 实施主体信用代码+实施层级+基本编码：期望 11320508MB1H3K5E5P4000123018000，实际 11320508MB1H3K5E5P40001230180000", en: "the implementation code must be agency credit code + level + basic code: expected 11320508MB1H3K5E5P4000123018000, found 11320508MB1H3K5E5P40001230180000" } },
  ] },
  { rule: "implementation-code-mismatch", name: "a handling item outside its implementation", doc: () => v1((it) => (it.handlingItemCode = "11320508MB1H3K5E5P4000109042000" + "01")), expected: [
    { rule: "implementation-code-mismatch", severity: "error", path: "/items/0/handlingItemCode", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "业务办理项编码应以实施编码开头：期望 11320508MB1H3K5E5P4000123018000NN，实际 11320508MB1H3K5E5P400010904200001", en: "the handling-item code must start with the implementation code: expected 11320508MB1H3K5E5P4000123018000NN, found 11320508MB1H3K5E5P400010904200001" } },
  ] },
  { rule: "implementation-code-mismatch", name: "both codes wrong", doc: () => v1((it) => {
    it.implementationCode = "11320508MB1H3K5E5P4000109042000";
    it.handlingItemCode = `${CODE}01`;
  }), expected: [
    { rule: "implementation-code-mismatch", severity: "error", path: "/items/0/implementationCode", itemCode: "11320508MB1H3K5E5P4000109042000", message: { "zh-CN": "实施编码应为 实施主体信用代码+实施层级+基本编码：期望 11320508MB1H3K5E5P4000123018000，实际 11320508MB1H3K5E5P4000109042000", en: "the implementation code must be agency credit code + level + basic code: expected 11320508MB1H3K5E5P4000123018000, found 11320508MB1H3K5E5P4000109042000" } },
    { rule: "implementation-code-mismatch", severity: "error", path: "/items/0/handlingItemCode", itemCode: "11320508MB1H3K5E5P4000109042000", message: { "zh-CN": "业务办理项编码应以实施编码开头：期望 11320508MB1H3K5E5P4000109042000NN，实际 11320508MB1H3K5E5P400012301800001", en: "the handling-item code must start with the implementation code: expected 11320508MB1H3K5E5P4000109042000NN, found 11320508MB1H3K5E5P400012301800001" } },
  ] },
  { rule: "implementation-code-mismatch", name: "near miss: a handling item of its implementation", doc: () => v1((it) => (it.handlingItemCode = `${CODE}01`)), expected: [] },
  { rule: "implementation-code-mismatch", name: "near miss: a basic item (no agency, no level)", doc: () => standard(() => {}), expected: [] },

  // basic-code-type-mismatch
  { rule: "basic-code-type-mismatch", name: "a public service under a licensing code", doc: () => v1((it) => (it.type = "20")), expected: [
    { rule: "basic-code-type-mismatch", severity: "warning", path: "/items/0/basicCode", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "基本编码 000123018000 第3–4位为 01，与事项类型 20 不一致", en: "digits 3–4 of basic code 000123018000 are 01, but the item type is 20" } },
  ] },
  { rule: "basic-code-type-mismatch", name: "a one-character type that the code's digits begin with", doc: () => v1((it) => (it.type = "0")), expected: [
    { rule: "basic-code-type-mismatch", severity: "warning", path: "/items/0/basicCode", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "基本编码 000123018000 第3–4位为 01，与事项类型 0 不一致", en: "digits 3–4 of basic code 000123018000 are 01, but the item type is 0" } },
  ] },
  { rule: "basic-code-type-mismatch", name: "near miss: an 11-digit code (the schema's finding)", doc: () => standard((d) => {
    d.items = d.items.slice(0, 1);
    d.items[0].basicCode = "00012301800";
    d.items[0].type = "20";
  }), expected: [] },
  { rule: "basic-code-type-mismatch", name: "near miss: no basic code, no type", doc: () => v1((it, d) => {
    delete it.basicCode;
    d.items.push({ ...structuredClone(it), basicCode: "000109042000", implementationCode: "11320508MB1H3K5E5P4000109042000", type: undefined });
  }), expected: [] },

  // promised-exceeds-statutory
  { rule: "promised-exceeds-statutory", name: "promised longer than statutory", doc: () => v1((it) => (it.timeLimit.promised.value = 21)), expected: [
    { rule: "promised-exceeds-statutory", severity: "error", path: "/items/0/timeLimit/promised", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "承诺办结时限 21个工作日 超过法定办结时限 20个工作日", en: "promised time limit of 21 working days exceeds the statutory limit of 20 working days" } },
  ] },
  { rule: "promised-exceeds-statutory", name: "near miss: promised equal to statutory", doc: () => v1((it) => (it.timeLimit.promised.value = 20)), expected: [] },
  { rule: "promised-exceeds-statutory", name: "near miss: in another unit", doc: () => v1((it) => (it.timeLimit.promised = { value: 25, unit: "natural_day" })), expected: [] },
  { rule: "promised-exceeds-statutory", name: "near miss: no statutory limit, no promised one, no time limit", doc: () => v1((it, d) => {
    delete it.timeLimit.statutory;
    const noPromised = structuredClone(it);
    noPromised.timeLimit = { statutory: { value: 1, unit: "working_day" } };
    const none = structuredClone(it);
    delete none.timeLimit;
    const nulled = structuredClone(it);
    nulled.timeLimit = null;
    d.items.push(...[noPromised, none, nulled].map((item, i) => ({ ...item, handlingItemCode: `${CODE}0${i + 1}` })));
    delete it.implementationCode;
  }), expected: [] },

  // fee-charged-inconsistent
  { rule: "fee-charged-inconsistent", name: "charged with no fee items", doc: () => v1((it) => (it.fees.charged = true)), expected: [
    { rule: "fee-charged-inconsistent", severity: "error", path: "/items/0/fees", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "标注为收费，但没有收费项目", en: "marked as charged but lists no fee item" } },
  ] },
  { rule: "fee-charged-inconsistent", name: "free with a fee item", doc: () => v1((it) => (it.fees.items = [{ name: "工本费", standard: "每本10元", amount: 10 }])), expected: [
    { rule: "fee-charged-inconsistent", severity: "error", path: "/items/0/fees", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "标注为不收费，但列有 1 个收费项目", en: "marked as free but lists 1 fee item(s)" } },
  ] },
  { rule: "fee-charged-inconsistent", name: "near miss: charged with a fee item", doc: () => v1((it) => (it.fees = { charged: true, items: [{ name: "工本费", standard: "每本10元", amount: 10 }] })), expected: [] },
  { rule: "fee-charged-inconsistent", name: "near miss: fees without items, without charged, null", doc: () => v1((it, d) => {
    it.fees = { charged: true };
    d.items.push({ ...structuredClone(it), handlingItemCode: `${CODE}01`, fees: { items: [] } }, { ...structuredClone(it), handlingItemCode: `${CODE}02`, fees: null });
    delete it.implementationCode;
  }), expected: [] },

  // online-depth-visits
  { rule: "online-depth-visits", name: "fully online with a visit", doc: () => v1((it) => (it.visits = 1)), expected: [
    { rule: "online-depth-visits", severity: "error", path: "/items/0/visits", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "网上办理深度为Ⅳ级（全程网办），到办事现场次数应为0，实际为 1", en: "online depth IV (fully online) requires zero visits, found 1" } },
  ] },
  { rule: "online-depth-visits", name: "near miss: depth 3 with a visit", doc: () => v1((it) => {
    it.onlineDepth = 3;
    it.visits = 1;
  }), expected: [] },
  { rule: "online-depth-visits", name: "near miss: visits not given", doc: () => v1((it) => delete it.visits), expected: [] },

  // duplicate-item
  { rule: "duplicate-item", name: "the same implementation code twice", doc: () => v1((it, d) => d.items.push(structuredClone(it))), expected: [
    { rule: "duplicate-item", severity: "error", path: "/items/1/implementationCode", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "事项 11320508MB1H3K5E5P4000123018000 重复，首次出现于 /items/0", en: "item 11320508MB1H3K5E5P4000123018000 is duplicated; first seen at /items/0" } },
  ] },
  { rule: "duplicate-item", name: "the same handling item twice", doc: () => v1((it, d) => {
    it.handlingItemCode = `${CODE}01`;
    d.items.push(structuredClone(it));
  }), expected: [
    { rule: "duplicate-item", severity: "error", path: "/items/1/handlingItemCode", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "事项 11320508MB1H3K5E5P400012301800001 重复，首次出现于 /items/0", en: "item 11320508MB1H3K5E5P400012301800001 is duplicated; first seen at /items/0" } },
  ] },
  { rule: "duplicate-item", name: "split first, whole afterwards (1.x)", doc: () => v1((it, d) => {
    d.items.push(structuredClone(it));
    it.handlingItemCode = `${CODE}01`;
  }), expected: [
    { rule: "duplicate-item", severity: "error", path: "/items/1/implementationCode", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "事项 11320508MB1H3K5E5P4000123018000 重复，首次出现于 /items/0", en: "item 11320508MB1H3K5E5P4000123018000 is duplicated; first seen at /items/0" } },
  ] },
  { rule: "duplicate-item", name: "whole first, split afterwards (1.x)", doc: () => v1((it, d) => d.items.push({ ...structuredClone(it), handlingItemCode: `${CODE}01` })), expected: [
    { rule: "duplicate-item", severity: "error", path: "/items/1/handlingItemCode", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "事项 11320508MB1H3K5E5P400012301800001 重复，首次出现于 /items/0", en: "item 11320508MB1H3K5E5P400012301800001 is duplicated; first seen at /items/0" } },
  ] },
  { rule: "duplicate-item", name: "the same basic code twice in a standard list", doc: () => standard((d) => d.items.push(structuredClone(d.items[1]))), expected: [
    { rule: "duplicate-item", severity: "error", path: "/items/7/basicCode", itemCode: "000117112000", message: { "zh-CN": "事项 000117112000 重复，首次出现于 /items/1", en: "item 000117112000 is duplicated; first seen at /items/1" } },
  ] },
  { rule: "duplicate-item", name: "the same code and the same 事项版本", doc: () => v2((it, d) => d.items.push(structuredClone(it))), expected: [
    { rule: "duplicate-item", severity: "error", path: "/items/1/implementationCode", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "事项 11320508MB1H3K5E5P4000123018000 重复，首次出现于 /items/0", en: "item 11320508MB1H3K5E5P4000123018000 is duplicated; first seen at /items/0" } },
  ] },
  { rule: "duplicate-item", name: "near miss: two handling items of one implementation", doc: () => v1((it, d) => {
    it.handlingItemCode = `${CODE}01`;
    d.items.push({ ...structuredClone(it), handlingItemCode: `${CODE}02` });
  }), expected: [] },
  { rule: "duplicate-item", name: "near miss: a handling item's code in a standard list is no key", doc: () => standard((d) => {
    d.items[0].handlingItemCode = `${CODE}01`;
    d.items.push({ ...structuredClone(d.items[0]), basicCode: "000199001000", handlingItemCode: `${CODE}01` });
  }), expected: [] },
  { rule: "duplicate-item", name: "near miss: whole beside its handling items (2.x)", doc: () => v2((it, d) => d.items.push({ ...structuredClone(it), handlingItemCode: `${CODE}01` })), expected: [] },
  { rule: "duplicate-item", name: "near miss: items that are no objects, items without codes", doc: () => v1((it, d) => {
    delete it.implementationCode;
    d.items.push(null, "x", structuredClone(it));
  }), expected: [] },

  { rule: "duplicate-item", name: "a list of no known major is read as 1.x (whole beside split is a duplicate)", doc: () => v1((it, d) => {
    d.schemaVersion = "9.0";
    d.items.push({ ...structuredClone(it), handlingItemCode: `${CODE}01` });
  }), expected: [
    { rule: "duplicate-item", severity: "error", path: "/items/1/handlingItemCode", itemCode: CODE, message: { "zh-CN": "事项 11320508MB1H3K5E5P400012301800001 重复，首次出现于 /items/0", en: "item 11320508MB1H3K5E5P400012301800001 is duplicated; first seen at /items/0" } },
  ] },
  { rule: "duplicate-item", name: "near miss: a catalogue without items", doc: () => v1((_, d) => delete d.items), expected: [] },

  // item-version-history
  { rule: "item-version-history", name: "versions 9 and 10 of one item (sorted as numbers)", doc: () => v2((it, d) => {
    it.itemVersion = 10;
    d.items.push({ ...structuredClone(it), itemVersion: 9 });
  }), expected: [
    { rule: "item-version-history", severity: "info", path: "/items/1/implementationCode", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "事项 11320508MB1H3K5E5P4000123018000 的第 9 版：该事项共有第 9、10 版，视为版本历史，不是重复事项；导入时 --latest 只保留最新版本", en: "item 11320508MB1H3K5E5P4000123018000, version 9: the item comes in versions 9, 10, read as its history, not as a duplicate; import --latest keeps only the newest" } },
  ] },
  { rule: "item-version-history", name: "three versions, the first one again (that repeat is a duplicate)", doc: () => v2((it, d) => {
    d.items.push({ ...structuredClone(it), itemVersion: 4 }, { ...structuredClone(it), itemVersion: 3 }, { ...structuredClone(it), itemVersion: 5 });
  }), expected: [
    { rule: "duplicate-item", severity: "error", path: "/items/2/implementationCode", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "事项 11320508MB1H3K5E5P4000123018000 重复，首次出现于 /items/0", en: "item 11320508MB1H3K5E5P4000123018000 is duplicated; first seen at /items/0" } },
    { rule: "item-version-history", severity: "info", path: "/items/1/implementationCode", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "事项 11320508MB1H3K5E5P4000123018000 的第 4 版：该事项共有第 3、4、5 版，视为版本历史，不是重复事项；导入时 --latest 只保留最新版本", en: "item 11320508MB1H3K5E5P4000123018000, version 4: the item comes in versions 3, 4, 5, read as its history, not as a duplicate; import --latest keeps only the newest" } },
    { rule: "item-version-history", severity: "info", path: "/items/3/implementationCode", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "事项 11320508MB1H3K5E5P4000123018000 的第 5 版：该事项共有第 3、4、5 版，视为版本历史，不是重复事项；导入时 --latest 只保留最新版本", en: "item 11320508MB1H3K5E5P4000123018000, version 5: the item comes in versions 3, 4, 5, read as its history, not as a duplicate; import --latest keeps only the newest" } },
  ] },
  { rule: "item-version-history", name: "near miss: one version, another item's versions, an item without a version", doc: () => v2((it, d) => {
    const other = { ...structuredClone(it), implementationCode: "11320508MB1H3K5E5P4000109042000", basicCode: "000109042000", itemVersion: 4 };
    const unversioned = structuredClone(it);
    delete unversioned.itemVersion;
    d.items.push(other, unversioned);
  }), expected: [] },

  { rule: "item-version-history", name: "near miss: the item without a version first, then with one", doc: () => v2((it, d) => {
    d.items.push(structuredClone(it));
    delete it.itemVersion;
  }), expected: [] },

  // situation-material-unknown
  { rule: "situation-material-unknown", name: "a situation names a material the item lacks", doc: () => v2((it) => it.situations[1].materials.push("M9999")), expected: [
    { rule: "situation-material-unknown", severity: "error", path: "/items/0/situations/1/materials/1", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "办理情形「延续」所列材料 M9999 不是本事项的申请材料", en: "situation \"延续\" names material M9999, which the item does not have" } },
  ] },
  { rule: "situation-material-unknown", name: "an item without materials", doc: () => v2((it) => delete it.materials), expected: [
    { rule: "situation-material-unknown", severity: "error", path: "/items/0/situations/0/materials/0", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "办理情形「新办」所列材料 M0001 不是本事项的申请材料", en: "situation \"新办\" names material M0001, which the item does not have" } },
    { rule: "situation-material-unknown", severity: "error", path: "/items/0/situations/0/materials/1", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "办理情形「新办」所列材料 M0002 不是本事项的申请材料", en: "situation \"新办\" names material M0002, which the item does not have" } },
    { rule: "situation-material-unknown", severity: "error", path: "/items/0/situations/1/materials/0", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "办理情形「延续」所列材料 M0001 不是本事项的申请材料", en: "situation \"延续\" names material M0001, which the item does not have" } },
  ] },
  { rule: "situation-material-unknown", name: "near miss: situations without materials, a null situation", doc: () => v2((it) => {
    delete it.situations[0].materials;
    it.situations.push(null);
  }), expected: [] },

  // lifecycle-dates-order
  { rule: "lifecycle-dates-order", name: "cancelled a day before it takes effect", doc: () => v2((it) => (it.plannedCancelDate = "2023-12-31")), expected: [
    { rule: "lifecycle-dates-order", severity: "error", path: "/items/0/plannedCancelDate", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "计划取消日期 2023-12-31 早于计划生效日期 2024-01-01", en: "planned cancellation date 2023-12-31 is before the planned effective date 2024-01-01" } },
  ] },
  { rule: "lifecycle-dates-order", name: "near miss: cancelled on the day it takes effect", doc: () => v2((it) => (it.plannedCancelDate = "2024-01-01")), expected: [] },
  { rule: "lifecycle-dates-order", name: "near miss: a cancellation date without an effective date", doc: () => v2((it) => {
    delete it.plannedEffectiveDate;
    it.plannedCancelDate = "2023-12-31";
  }), expected: [] },
  { rule: "lifecycle-dates-order", name: "near miss: dates that are no strings (an array compares as its text)", doc: () => v2((it, d) => {
    it.plannedEffectiveDate = ["2024-01-01"];
    it.plannedCancelDate = "2023-12-31";
    d.items.push({ ...structuredClone(it), handlingItemCode: `${CODE}01`, plannedEffectiveDate: "2024-01-01", plannedCancelDate: ["2023-12-31"] });
  }), expected: [] },

  // exemption-source-missing
  { rule: "exemption-source-missing", name: "an e-licence exemption naming no licence", doc: () => v2((it) => delete it.materials[1].licenceName), expected: [
    { rule: "exemption-source-missing", severity: "warning", path: "/items/0/materials/1", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "材料「供水设施平面布局图及工艺流程图」可凭电子证照免提交，但未写证照类型代码或电子证照名称", en: "material \"供水设施平面布局图及工艺流程图\" may be replaced by an electronic licence but names neither the licence type code nor the licence name" } },
  ] },
  { rule: "exemption-source-missing", name: "a data-sharing exemption naming no department", doc: () => v2((it) => {
    it.materials[1].exemptionMode = "data_sharing";
    delete it.materials[1].dataSourceDepartment;
  }), expected: [
    { rule: "exemption-source-missing", severity: "warning", path: "/items/0/materials/1", itemCode: "11320508MB1H3K5E5P4000123018000", message: { "zh-CN": "材料「供水设施平面布局图及工艺流程图」可凭数据共享免提交，但未写数源部门", en: "material \"供水设施平面布局图及工艺流程图\" may be replaced by shared data but names no source department" } },
  ] },
  { rule: "exemption-source-missing", name: "near miss: an e-licence named by its type code only", doc: () => v2((it) => {
    delete it.materials[1].licenceName;
    it.materials[1].licenceTypeCode = "11100000000000001X";
  }), expected: [] },
  { rule: "exemption-source-missing", name: "near miss: data sharing with its department; an exemption by commitment", doc: () => v2((it) => {
    it.materials[1].exemptionMode = "data_sharing";
    it.materials.push({ ...structuredClone(it.materials[1]), id: "M0009", exemptionMode: "commitment", dataSourceDepartment: undefined, licenceName: undefined });
  }), expected: [] },
  { rule: "exemption-source-missing", name: "near miss: not exemptible, a null material, no materials list", doc: () => v2((it, d) => {
    it.materials[1].exemptible = false;
    delete it.materials[1].licenceName;
    it.materials.push(null);
    d.items.push({ ...structuredClone(it), handlingItemCode: `${CODE}01`, materials: "none", situations: [] });
  }), expected: [] },
];
