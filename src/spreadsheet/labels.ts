/**
 * The labels people type for coded values, mapped to v1 codes: the code itself, the zh and en labels
 * of the code set, and the common variants below. Matching ignores width (NFKC), spaces and case.
 */
import type { CodeSet } from "../codes/code-set.js";

/** Extra spellings per code-set id, beyond the code and its labels. */
const ALIASES: Record<string, Record<string, string>> = {
  level: {
    国家: "1", 国家级: "1", 中央: "1", 省: "2", 省级: "2", 市: "3", 市级: "3", 地市级: "3", 设区的市级: "3",
    县: "4", 县级: "4", 区县级: "4", 县区级: "4", 乡镇: "5", 乡镇级: "5", 乡级: "5", 镇级: "5", 街道: "5", 乡镇街道级: "5",
    村: "6", 村级: "6", 社区: "6", 村社区级: "6",
  },
  "service-object": { 个人: "1", 企业: "2", 事业单位: "3", 社会组织: "4" },
  "handling-form": { 窗口: "1", 网上办理: "2", 网上申请: "2", 电脑端: "2", 移动端: "3", 移动端办理: "3", 快递: "4", 邮寄: "4", 邮寄申请: "4" },
  "handling-type": { 即办: "1", 承诺: "2" },
  "agency-nature": { 法律法规授权组织: "2", 委托组织: "3" },
  necessity: { 是: "required", 必须: "required", 必需: "required", 否: "optional", 可选: "optional", 容缺: "deferrable", 容缺受理: "deferrable" },
  medium: { 电子化: "electronic", 电子版: "electronic", 纸质版: "paper", "纸质/电子": "paper_and_electronic", "纸质/电子化": "paper_and_electronic", 纸质及电子: "paper_and_electronic", "纸质+电子": "paper_and_electronic" },
  originality: { 原件及复印件: "original_and_copy", "原件/复印件": "original_or_copy" },
  "material-source": { 申请人: "applicant", 自备: "applicant", 政府部门: "government", 部门核发: "government", 中介机构: "intermediary", 中介: "intermediary" },
  "material-category": { 证照: "certificate", 证明: "certificate", 证件: "certificate", 表格: "form", 申请表: "form", 文书: "form" },
  "result-type": { 证书: "certificate", 许可证: "certificate", 批复: "approval" },
  "catalogue-kind": { 基本: "basic", 标准化清单: "standard", 实施: "implementation" },
  "time-unit": { 个工作日: "working_day", 工作天: "working_day", 个自然日: "natural_day", 日历日: "natural_day" },
};

/** The comparison form of a label: NFKC (full-width → ASCII, Ⅳ → IV), no spaces or brackets' width, lower case. */
export function normalizeLabel(input: string): string {
  return input.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

const indexes = new WeakMap<CodeSet<string>, Map<string, string>>();

/** Builds (once per set) the label → code map. */
function indexOf(set: CodeSet<string>): Map<string, string> {
  let index = indexes.get(set);
  if (index) return index;
  index = new Map();
  for (const [label, code] of Object.entries(ALIASES[set.id] ?? {})) index.set(normalizeLabel(label), code);
  for (const e of set.entries) {
    // Labels without their bracketed part too: 乡镇（街道）级 → 乡镇级, 其他（地方扩展） → 其他.
    for (const label of [e.en, e.zh, e.zh.replace(/（[^）]*）/g, ""), e.code]) index.set(normalizeLabel(label), e.code);
  }
  indexes.set(set, index);
  return index;
}

/** The code a typed label stands for, or undefined. Digits shorter than the set's codes are zero-padded (1 → 01). */
export function codeOfLabel(set: CodeSet<string>, input: string): string | undefined {
  const key = normalizeLabel(input);
  const found = indexOf(set).get(key);
  if (found !== undefined) return found;
  const width = set.entries[0]?.code.length ?? 0;
  if (/^\d+$/.test(key) && key.length < width) return indexOf(set).get(key.padStart(width, "0"));
  return undefined;
}

/** Splits a multi-value cell on the separators people use: , ， 、 ; ； / and line breaks. */
export function splitList(input: string): string[] {
  return input.split(/[,，、;；/／\n\r]+/).map((s) => s.trim()).filter((s) => s.length > 0);
}

/** The zh label written for a code on export (the code itself when unknown, so nothing is lost). */
export function labelOfCode(set: CodeSet<string | number>, code: string | number): string {
  return set.entries.find((e) => e.code === code)?.zh ?? String(code);
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const HAN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/**
 * 网上办理深度 as typed: 0–4, Ⅰ–Ⅳ (Ⅳ级, 全程网办（Ⅳ级）), 一级–四级, 全程网办, 不可网办.
 */
export function onlineDepthOf(input: string): number | undefined {
  const key = normalizeLabel(input);
  if (/^[0-4]$/.test(key)) return Number(key);
  if (/^(不可网办|不可在线办理|不支持网办|否|无|0级)$/.test(key)) return 0;
  // A numeral stands alone: no letter or digit beside it ("i5", "2ii" and "vi" are not depths).
  const roman = /(?:^|[^a-z0-9])(iv|iii|ii|i)(?:级|$|[^a-z0-9])/.exec(key);
  if (roman?.[1]) return ROMAN[roman[1]];
  const han = /([一二三四])级/.exec(key);
  if (han?.[1]) return HAN[han[1]];
  const digit = /^([1-4])级/.exec(key);
  if (digit?.[1]) return Number(digit[1]);
  if (key.includes("全程网办")) return 4;
  return undefined;
}

/** 是/否 and the other ways people write a yes/no cell. */
export function booleanOf(input: string): boolean | undefined {
  const key = normalizeLabel(input);
  if (/^(是|y|yes|true|1|√|✓|收费|允许|可以|有)$/.test(key)) return true;
  if (/^(否|n|no|false|0|×|✗|不收费|免费|不允许|不可以|无)$/.test(key)) return false;
  return undefined;
}
