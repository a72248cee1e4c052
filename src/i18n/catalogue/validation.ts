/** Validation messages (one area of the catalogue). */
import { catalogueArea } from "../entry.js";

const list = (v: unknown) => String(v ?? "");
/** jsonc-parser's error codes in Chinese. */
const JSON_SYNTAX_ZH: Record<string, string> = {
  InvalidSymbol: "出现无效符号", InvalidNumberFormat: "数字格式错误", PropertyNameExpected: "此处应为属性名",
  ValueExpected: "此处应为值", ColonExpected: "此处应为冒号", CommaExpected: "此处应为逗号",
  CloseBraceExpected: "此处应为 }", CloseBracketExpected: "此处应为 ]", EndOfFileExpected: "此处应已结束",
  InvalidCommentToken: "JSON 不允许注释", UnexpectedEndOfComment: "注释未结束", UnexpectedEndOfString: "字符串未结束",
  UnexpectedEndOfNumber: "数字未结束", InvalidUnicode: "无效的 Unicode 转义", InvalidEscapeCharacter: "无效的转义字符",
  InvalidCharacter: "字符串中有无效字符", UnexpectedEndOfInput: "内容意外结束",
};
/** jsonc-parser's error codes in words: "ValueExpected" → "value expected". */
const jsonSyntaxEn = (code: unknown) => String(code ?? "syntax error").replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
/** A time unit slug in words. */
const unitZh = (u: unknown) => (u === "natural_day" ? "个自然日" : "个工作日");
const unitEn = (u: unknown) => (u === "natural_day" ? "calendar days" : "working days");

/** Messages of the validation rules, by rule id. */
export const validationMessages = /* @__PURE__ */ catalogueArea(() => ({
  "credit-code-checksum": {
    "zh-CN": (p) => `统一社会信用代码 ${p.code} 校验不通过：${p.reason === "organization-code-check" ? "第9–17位组织机构代码校验码错误（GB 11714）" : `第18位校验码应为 ${p.expected}（GB 32100）`}`,
    en: (p) => `credit code ${p.code} fails its check: ${p.reason === "organization-code-check" ? "the organisation code in positions 9–17 has a wrong check character (GB 11714)" : `check character should be ${p.expected} (GB 32100)`}`,
  },
  "region-level-mismatch": {
    "zh-CN": (p) => `区划代码 ${p.code} 对应层级 ${p.implied}，但声明的层级为 ${p.declared}`,
    en: (p) => `region code ${p.code} implies level ${p.implied}, but level ${p.declared} is declared`,
  },
  "item-level-mismatch": {
    "zh-CN": (p) => `事项实施层级 ${p.itemLevel} 与清单层级 ${p.catalogueLevel} 不一致`,
    en: (p) => `item level ${p.itemLevel} differs from the catalogue level ${p.catalogueLevel}`,
  },
  "level-not-allowed": {
    "zh-CN": (p) => `实施层级 ${p.level} 不在行使层级 [${list(p.levels)}] 之内`,
    en: (p) => `level ${p.level} is not among the item's levels [${list(p.levels)}]`,
  },
  "implementation-code-mismatch": {
    "zh-CN": (p) => `${p.field === "handlingItemCode" ? "业务办理项编码应以实施编码开头" : "实施编码应为 实施主体信用代码+实施层级+基本编码"}：期望 ${p.expected}，实际 ${p.actual}`,
    en: (p) => `${p.field === "handlingItemCode" ? "the handling-item code must start with the implementation code" : "the implementation code must be agency credit code + level + basic code"}: expected ${p.expected}, found ${p.actual}`,
  },
  "basic-code-type-mismatch": {
    "zh-CN": (p) => `基本编码 ${p.code} 第3–4位为 ${p.codeType}，与事项类型 ${p.type} 不一致`,
    en: (p) => `digits 3–4 of basic code ${p.code} are ${p.codeType}, but the item type is ${p.type}`,
  },
  "promised-exceeds-statutory": {
    "zh-CN": (p) => `承诺办结时限 ${p.promised}${unitZh(p.unit)} 超过法定办结时限 ${p.statutory}${unitZh(p.unit)}`,
    en: (p) => `promised time limit of ${p.promised} ${unitEn(p.unit)} exceeds the statutory limit of ${p.statutory} ${unitEn(p.unit)}`,
  },
  "duplicate-item": {
    "zh-CN": (p) => `事项 ${p.key} 重复，首次出现于${p.firstLine !== undefined ? `第 ${p.firstLine} 行` : ` ${p.first}`}`,
    en: (p) => `item ${p.key} is duplicated; first seen ${p.firstLine !== undefined ? `on line ${p.firstLine}` : `at ${p.first}`}`,
  },
  "item-version-history": {
    "zh-CN": (p) => `事项 ${p.code} 的第 ${p.version} 版：该事项共有第 ${String(p.versions).split(",").join("、")} 版，视为版本历史，不是重复事项；导入时 --latest 只保留最新版本`,
    en: (p) => `item ${p.code}, version ${p.version}: the item comes in versions ${String(p.versions).split(",").join(", ")}, read as its history, not as a duplicate; import --latest keeps only the newest`,
  },
  "fee-charged-inconsistent": {
    "zh-CN": (p) => (p.charged ? "标注为收费，但没有收费项目" : `标注为不收费，但列有 ${p.count} 个收费项目`),
    en: (p) => (p.charged ? "marked as charged but lists no fee item" : `marked as free but lists ${p.count} fee item(s)`),
  },
  "situation-material-unknown": {
    "zh-CN": (p) => `办理情形「${p.situation}」所列材料 ${p.material} 不是本事项的申请材料`,
    en: (p) => `situation "${p.situation}" names material ${p.material}, which the item does not have`,
  },
  "lifecycle-dates-order": {
    "zh-CN": (p) => `计划取消日期 ${p.cancel} 早于计划生效日期 ${p.effective}`,
    en: (p) => `planned cancellation date ${p.cancel} is before the planned effective date ${p.effective}`,
  },
  "exemption-source-missing": {
    "zh-CN": (p) => (p.mode === "e_licence" ? `材料「${p.material}」可凭电子证照免提交，但未写证照类型代码或电子证照名称` : `材料「${p.material}」可凭数据共享免提交，但未写数源部门`),
    en: (p) => (p.mode === "e_licence" ? `material "${p.material}" may be replaced by an electronic licence but names neither the licence type code nor the licence name` : `material "${p.material}" may be replaced by shared data but names no source department`),
  },
  "online-depth-visits": {
    "zh-CN": (p) => `网上办理深度为Ⅳ级（全程网办），到办事现场次数应为0，实际为 ${p.visits}`,
    en: (p) => `online depth IV (fully online) requires zero visits, found ${p.visits}`,
  },
  "malformed-json": {
    "zh-CN": (p) => `该行不是合法的 JSON：第 ${p.column} 列${JSON_SYNTAX_ZH[String(p.code)] ?? "语法错误"}`,
    en: (p) => `the line is not valid JSON: ${jsonSyntaxEn(p.code)} at column ${p.column}`,
  },
  "json-syntax": {
    "zh-CN": (p) => JSON_SYNTAX_ZH[String(p.code)] ?? "语法错误",
    en: (p) => jsonSyntaxEn(p.code),
  },
  "region-code-unknown": {
    "zh-CN": (p) => `区划代码 ${p.code} 不在区划库中`,
    en: (p) => `region code ${p.code} is not in the region registry`,
  },
  "element-missing": {
    "zh-CN": (p) => `草稿：缺少 ${p.count} 个必填要素：${p.elements}`,
    en: (p) => `draft: ${p.count} required element${p.count === 1 ? "" : "s"} missing: ${p.elements}`,
  },
  "fix.uppercase": {
    "zh-CN": (p) => `；“${p.value}”含小写字母，应为 ${p.suggestion}`,
    en: (p) => `; "${p.value}" has lowercase letters: it should be ${p.suggestion}`,
  },
}));

