import { NO_FINDINGS, type Rule } from "./rule.js";

/** basic-code-type-mismatch: digits 3–4 of the basic code are the item type (warning). */
export const basicCodeTypeMismatch: Rule = {
  id: "basic-code-type-mismatch",
  severity: "warning",
  title: { "zh-CN": "基本编码第3–4位与事项类型一致", en: "Basic code digits 3–4 match the item type" },
  rationale: {
    "zh-CN": "国家和省级基本编码的第3–4位是 A.1 事项类型代码（000123018000 为 01 行政许可）。不一致通常是事项类型或编码录入错误；因地方目录存在历史遗留的例外，仅作警告。",
    en: "Real national and provincial basic codes carry the A.1 type code in positions 3–4 (000123018000 is a 01 行政许可). A mismatch usually means the type or the code was mistyped; it is a warning because local catalogues have historical exceptions.",
  },
  example: '"basicCode": "000123018000", "type": "20"',
  checkItem(item) {
    const { basicCode, type } = item;
    if (typeof basicCode !== "string" || basicCode.length !== 12 || typeof type !== "string") return NO_FINDINGS;
    // Compared in place: slicing digits 3–4 of every record's code would allocate a string each time.
    if (type.length === 2 && basicCode.startsWith(type, 2)) return NO_FINDINGS;
    return [{ path: "/basicCode", params: { code: basicCode, codeType: basicCode.slice(2, 4), type } }];
  },
};
