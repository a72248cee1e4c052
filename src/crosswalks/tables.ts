/**
 * The platform code variants seen in real data, as translation tables with their sources
 * (../shared/reference/domain-standard.md §3.2). A table is data: adding a platform is adding an entry.
 */
import type { Crosswalk } from "./crosswalk.js";

const DOMAIN = "domain-standard §3.2 (platform and vendor code sets, public source code)";

/** Every crosswalk the importer knows. */
export const CROSSWALKS: readonly Crosswalk[] = [
  {
    id: "platform-service-object", codeSet: "service-object",
    title: { "zh-CN": "服务对象（平台代码：5 非法人企业、6 行政机关、9 其他组织）", en: "Service object (platform codes: 5 unincorporated enterprise, 6 administrative organ, 9 other organisation)" },
    source: `${DOMAIN}; conflicts with GB/T 39046 A.4 where 5 = 行政机关, 6 = 其他组织. 非法人企业 has no A.4 code and is read as 其他组织`,
    map: { "5": "6", "6": "5", "9": "6" },
  },
  {
    id: "necessity-1-2-3", codeSet: "necessity",
    title: { "zh-CN": "材料必要性 1 必要、2 非必要、3 容缺后补", en: "Necessity 1 required, 2 optional, 3 deferrable" },
    source: DOMAIN, map: { "1": "required", "2": "optional", "3": "deferrable" },
  },
  {
    id: "necessity-10-20-99", codeSet: "necessity",
    title: { "zh-CN": "材料必要性 10 必要、20 非必要、99 容缺后补", en: "Necessity 10 required, 20 optional, 99 deferrable" },
    source: DOMAIN, map: { "10": "required", "20": "optional", "99": "deferrable" },
  },
  {
    id: "material-source-0-1-2", codeSet: "material-source",
    title: { "zh-CN": "来源渠道 0 申请人自备、1 政府部门核发、2 其他", en: "Material source 0 applicant, 1 government, 2 other" },
    source: DOMAIN, map: { "0": "applicant", "1": "government", "2": "other" },
  },
  {
    id: "material-source-1-2-3", codeSet: "material-source",
    title: { "zh-CN": "来源渠道 1 申请人自备、2 政府部门核发、3 其他", en: "Material source 1 applicant, 2 government, 3 other" },
    source: DOMAIN, map: { "1": "applicant", "2": "government", "3": "other" },
  },
  {
    id: "material-source-10-20-30", codeSet: "material-source",
    title: { "zh-CN": "来源渠道 10 申请人自备、20 政府部门核发、30 中介机构出具、99 其他", en: "Material source 10 applicant, 20 government, 30 intermediary, 99 other" },
    source: `${DOMAIN}: Beijing M_SOURCE 10/20/30; the 灵山县 item API uses 10, 20 and 99 with source_explain 申请人自备 …`,
    map: { "10": "applicant", "20": "government", "30": "intermediary", "99": "other" },
  },
  {
    id: "medium-1-2-3", codeSet: "medium",
    title: { "zh-CN": "材料形式 1 纸质、2 电子化、3 纸质/电子化", en: "Medium 1 paper, 2 electronic, 3 paper and electronic" },
    source: DOMAIN, map: { "1": "paper", "2": "electronic", "3": "paper_and_electronic" },
  },
  {
    id: "material-category-1-2-3", codeSet: "material-category",
    title: { "zh-CN": "材料类型 1 证件证书证明、2 申请表格文书、3 其他", en: "Material category 1 certificate, 2 form, 3 other" },
    source: DOMAIN, map: { "1": "certificate", "2": "form", "3": "other" },
  },
  {
    id: "national-time-unit", codeSet: "time-unit",
    title: { "zh-CN": "时限单位 1 自然日、2 工作日（国家平台字典）", en: "Time unit 1 calendar days, 2 working days (national platform dictionary)" },
    source: DOMAIN, map: { "1": "natural_day", "2": "working_day" },
  },
  {
    id: "guangxi-time-unit", codeSet: "time-unit",
    title: { "zh-CN": "时限单位 1 工作日、2 自然日（广西事项接口）", en: "Time unit 1 working days, 2 calendar days (Guangxi item API)" },
    source: "灵山县 records of the Guangxi item API (../shared/realdata/guangxi-lingshan): promise_type 1 beside 说明 such as 受理之日起1个工作日",
    map: { "1": "working_day", "2": "natural_day" },
  },
  {
    id: "national-result-type", codeSet: "result-type",
    title: { "zh-CN": "审批结果类型 10 证照、20 批文、99 其他（国家平台字典）", en: "Result type 10 licence, 20 approval document, 99 other (national platform dictionary)" },
    source: "national exchange layout result_type; 灵山县 records give 20 beside result names such as …的批复",
    map: { "10": "certificate", "20": "approval", "99": "other" },
  },
  {
    id: "type-letters", codeSet: "item-type",
    title: { "zh-CN": "事项类型字母缩写 XK 行政许可、CF 行政处罚", en: "Item type letters XK licensing, CF penalty" },
    source: "Guizhou DB52/T 1264—2018 (XK), Gansu 武山 local codes (XK), Jiangxi API \"TYPE\":\"CF\" (domain-standard §3.2)",
    map: { XK: "01", CF: "02" },
  },
  {
    id: "zhejiang-qlkind", codeSet: "item-type",
    title: { "zh-CN": "浙江权力事项类别 qlKind（编号不同于 A.1）", en: "Zhejiang qlKind item types (numbered unlike A.1)" },
    source: `${DOMAIN}: Zhejiang 权责 qlKind 01 许可 · 02 强制 · 03 处罚 · 04 征收 · 05 给付 · 06 裁决 · 07 确认 · 08 奖励 · 10 其他 · 11 检查`,
    map: { "01": "01", "02": "03", "03": "02", "04": "04", "05": "05", "06": "09", "07": "07", "08": "08", "10": "10", "11": "06" },
    namedOnly: true,
  },
];

/** The crosswalk with an id. */
export const crosswalkById = (id: string) => CROSSWALKS.find((c) => c.id === id);
