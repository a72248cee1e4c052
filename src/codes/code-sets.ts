/**
 * The code sets of the standard (a major uses those its schemas name). Where GB/T 39046—2020 Appendix A defines a code, its code string is used;
 * where no national code exists, an English slug (never an invented number).
 */
import { codeSet } from "./code-set.js";

const A1 = "GB/T 39046—2020 A.1";

/** 事项类型代码 (GB/T 39046 A.1), with the extension ranges 11–19, 21–29 and the local 99. */
export const itemTypes = /* @__PURE__ */ codeSet("item-type", { zh: "事项类型", en: "Item type" }, A1, [
  ["01", "行政许可", "Administrative licensing"],
  ["02", "行政处罚", "Administrative penalty"],
  ["03", "行政强制", "Administrative enforcement"],
  ["04", "行政征收", "Administrative levy"],
  ["05", "行政给付", "Administrative benefit"],
  ["06", "行政检查", "Administrative inspection"],
  ["07", "行政确认", "Administrative confirmation"],
  ["08", "行政奖励", "Administrative reward"],
  ["09", "行政裁决", "Administrative adjudication"],
  ["10", "其他行政权力", "Other administrative power"],
  ["11", "扩展行政权力事项 11", "Extension (power) 11"],
  ["12", "扩展行政权力事项 12", "Extension (power) 12"],
  ["13", "扩展行政权力事项 13", "Extension (power) 13"],
  ["14", "扩展行政权力事项 14", "Extension (power) 14"],
  ["15", "扩展行政权力事项 15", "Extension (power) 15"],
  ["16", "扩展行政权力事项 16", "Extension (power) 16"],
  ["17", "扩展行政权力事项 17", "Extension (power) 17"],
  ["18", "扩展行政权力事项 18", "Extension (power) 18"],
  ["19", "扩展行政权力事项 19", "Extension (power) 19"],
  ["20", "公共服务", "Public service"],
  ["21", "扩展公共服务事项 21", "Extension (public service) 21"],
  ["22", "扩展公共服务事项 22", "Extension (public service) 22"],
  ["23", "扩展公共服务事项 23", "Extension (public service) 23"],
  ["24", "扩展公共服务事项 24", "Extension (public service) 24"],
  ["25", "扩展公共服务事项 25", "Extension (public service) 25"],
  ["26", "扩展公共服务事项 26", "Extension (public service) 26"],
  ["27", "扩展公共服务事项 27", "Extension (public service) 27"],
  ["28", "扩展公共服务事项 28", "Extension (public service) 28"],
  ["29", "扩展公共服务事项 29", "Extension (public service) 29"],
  ["99", "其他（地方扩展）", "Other (local extension)"],
]);

/** 行使层级代码 (GB/T 39046 A.2), national plus the five administrative levels. */
export const levels = /* @__PURE__ */ codeSet("level", { zh: "行使层级", en: "Level" }, "GB/T 39046—2020 A.2", [
  ["1", "国家级", "National"],
  ["2", "省级", "Province"],
  ["3", "市级", "City"],
  ["4", "县级", "County"],
  ["5", "乡镇（街道）级", "Township"],
  ["6", "村（社区）级", "Village"],
]);

/** 实施主体性质代码 (GB/T 39046 A.3). */
export const agencyNatures = /* @__PURE__ */ codeSet("agency-nature", { zh: "实施主体性质", en: "Agency nature" }, "GB/T 39046—2020 A.3", [
  ["1", "法定机关", "Statutory authority"],
  ["2", "授权组织", "Authorised organisation"],
  ["3", "受委托组织", "Entrusted organisation"],
  ["9", "其他", "Other"],
]);

/** 服务对象代码 (GB/T 39046 A.4). */
export const serviceObjects = /* @__PURE__ */ codeSet("service-object", { zh: "服务对象", en: "Service object" }, "GB/T 39046—2020 A.4", [
  ["1", "自然人", "Natural person"],
  ["2", "企业法人", "Enterprise legal person"],
  ["3", "事业法人", "Public institution legal person"],
  ["4", "社会组织法人", "Social organisation legal person"],
  ["5", "行政机关", "Administrative organ"],
  ["6", "其他组织", "Other organisation"],
]);

/** 办理形式代码 (GB/T 39046 A.5). */
export const handlingForms = /* @__PURE__ */ codeSet("handling-form", { zh: "办理形式", en: "Handling form" }, "GB/T 39046—2020 A.5", [
  ["1", "窗口办理", "At the service window"],
  ["2", "电脑端网上办理", "Online (desktop)"],
  ["3", "移动端网上申请", "Online (mobile)"],
  ["4", "快递申请", "By post / express"],
  ["9", "其他", "Other"],
]);

/** 办件类型代码 (GB/T 39046 A.6). */
export const handlingTypes = /* @__PURE__ */ codeSet("handling-type", { zh: "办件类型", en: "Handling type" }, "GB/T 39046—2020 A.6", [
  ["1", "即办件", "Immediate"],
  ["2", "承诺件", "Promised"],
  ["9", "其他", "Other"],
]);

/** 网上办理深度: 0 not online, then the four-level scale Ⅰ–Ⅳ (no national code table; ordered integers). */
export const onlineDepths = /* @__PURE__ */ codeSet("online-depth", { zh: "网上办理深度", en: "Online depth" }, "practice (Ⅰ–Ⅳ级)", [
  [0, "不可网办", "Not online"],
  [1, "Ⅰ级（在线咨询、事项公开）", "Level I (information)"],
  [2, "Ⅱ级（在线预审）", "Level II (online pre-review)"],
  [3, "Ⅲ级（在线申办、网上受理）", "Level III (online application)"],
  [4, "Ⅳ级（全程网办）", "Level IV (fully online)"],
]);

/** 时限单位 (slug: no national code). */
export const timeUnits = /* @__PURE__ */ codeSet("time-unit", { zh: "时限单位", en: "Time unit" }, "slug", [
  ["working_day", "工作日", "working days"],
  ["natural_day", "自然日", "calendar days"],
]);

/** 材料必要性 (slug). */
export const necessities = /* @__PURE__ */ codeSet("necessity", { zh: "材料必要性", en: "Necessity" }, "slug", [
  ["required", "必要", "Required"],
  ["optional", "非必要", "Optional"],
  ["deferrable", "容缺后补", "Deferrable"],
]);

/** 材料形式 (slug). */
export const media = /* @__PURE__ */ codeSet("medium", { zh: "材料形式", en: "Medium" }, "slug", [
  ["paper", "纸质", "Paper"],
  ["electronic", "电子", "Electronic"],
  ["paper_and_electronic", "纸质和电子", "Paper and electronic"],
]);

/** 原件/复印件 (slug). */
export const originalities = /* @__PURE__ */ codeSet("originality", { zh: "原件/复印件", en: "Original or copy" }, "slug", [
  ["original", "原件", "Original"],
  ["copy", "复印件", "Copy"],
  ["original_and_copy", "原件和复印件", "Original and copy"],
  ["original_or_copy", "原件或复印件", "Original or copy"],
]);

/** 来源渠道 (slug). */
export const materialSources = /* @__PURE__ */ codeSet("material-source", { zh: "来源渠道", en: "Material source" }, "slug", [
  ["applicant", "申请人自备", "Provided by the applicant"],
  ["government", "政府部门核发", "Issued by a government body"],
  ["intermediary", "中介机构出具", "Issued by an intermediary"],
  ["other", "其他", "Other"],
]);

/** 材料类型 (slug). */
export const materialCategories = /* @__PURE__ */ codeSet("material-category", { zh: "材料类型", en: "Material category" }, "slug", [
  ["certificate", "证件证书证明", "Certificate or proof"],
  ["form", "申请表格文书", "Application form or document"],
  ["other", "其他", "Other"],
]);

/** 审批结果类型 (slug). */
export const resultTypes = /* @__PURE__ */ codeSet("result-type", { zh: "审批结果类型", en: "Result type" }, "slug", [
  ["certificate", "证照", "Licence or certificate"],
  ["approval", "批文", "Approval document"],
  ["other", "其他", "Other"],
]);

/** 目录类型 (slug): 基本目录, 标准化实施清单, 实施清单. */
export const catalogueKinds = /* @__PURE__ */ codeSet("catalogue-kind", { zh: "目录类型", en: "Catalogue kind" }, "slug", [
  ["basic", "基本目录", "Basic catalogue"],
  ["standard", "标准化实施清单", "Standard list"],
  ["implementation", "实施清单", "Implementation list"],
]);

/** 事项状态 (slug): whether the item is in force (national exchange `task_state`). */
export const itemStates = /* @__PURE__ */ codeSet("item-state", { zh: "事项状态", en: "Item state" }, "slug", [
  ["in_force", "在用", "In force"],
  ["suspended", "暂停", "Suspended"],
  ["cancelled", "取消", "Cancelled"],
]);

/** 权力来源 (platform dictionary; not in GB/T 39046). */
export const powerSources = /* @__PURE__ */ codeSet("power-source", { zh: "权力来源", en: "Source of power" }, "platform dictionary", [
  ["1", "法定本级行使", "Exercised at this level by law"],
  ["2", "上级下放", "Devolved by the upper level"],
  ["3", "上级授权", "Authorised by the upper level"],
  ["4", "同级授权", "Authorised at the same level"],
  ["5", "上级委托", "Entrusted by the upper level"],
  ["6", "同级委托", "Entrusted at the same level"],
]);

/** 通办范围 (slug), broad to narrow (GB/T 39046 #33 with the local 本省/本市/本县 scopes). */
export const crossRegionScopes = /* @__PURE__ */ codeSet("cross-region-scope", { zh: "通办范围", en: "Cross-region scope" }, "slug", [
  ["nationwide", "全国通办", "Nationwide"],
  ["cross_province", "跨省通办", "Across provinces"],
  ["province", "全省通办", "Province-wide"],
  ["city", "全市通办", "City-wide"],
  ["county", "全县通办", "County-wide"],
]);

/** 网上办理能力 (national platform dictionary, multi-valued; stored as "3^4^5^6" there). */
export const onlineCapabilities = /* @__PURE__ */ codeSet("online-capability", { zh: "网上办理能力", en: "Online capability" }, "platform dictionary", [
  ["1", "互联网咨询", "Online enquiry"],
  ["2", "互联网收件", "Online submission"],
  ["3", "互联网预审", "Online pre-review"],
  ["4", "互联网受理", "Online acceptance"],
  ["5", "互联网办理", "Online handling"],
  ["6", "互联网办理结果信息反馈", "Online result notice"],
  ["7", "互联网电子证照反馈", "Online electronic licence"],
  ["8", "其他", "Other"],
]);

/** 特别程序种类代码 (GB/T 39046 A.7). */
export const specialProcedureKinds = /* @__PURE__ */ codeSet("special-procedure-kind", { zh: "特别程序种类", en: "Special procedure kind" }, "GB/T 39046—2020 A.7", [
  ["1", "延长审批", "Extension of the approval period"],
  ["2", "除延长审批之外的情况", "Other than extension"],
]);

/** 免提交方式 (slug): what replaces a material the applicant need not submit. */
export const exemptionModes = /* @__PURE__ */ codeSet("exemption-mode", { zh: "免提交方式", en: "Exemption mode" }, "slug", [
  ["e_licence", "电子证照", "Electronic licence"],
  ["data_sharing", "数据共享", "Shared data"],
  ["commitment", "告知承诺", "Applicant's commitment"],
]);

/** 协同类型 of a 一件事 (slug): the boundaries its members cross (reform-2024 §2: 跨部门 / 跨层级 / 跨区域). */
export const collaborationTypes = /* @__PURE__ */ codeSet("collaboration-type", { zh: "协同类型", en: "Collaboration type" }, "slug", [
  ["cross_department", "跨部门", "Across departments"],
  ["cross_level", "跨层级", "Across levels"],
  ["cross_region", "跨区域", "Across regions"],
]);

/** Every code set, for docs, the CLI and lookups by id. */
export const allCodeSets = [
  itemTypes, levels, agencyNatures, serviceObjects, handlingForms, handlingTypes, onlineDepths,
  timeUnits, necessities, media, originalities, materialSources, materialCategories, resultTypes, catalogueKinds,
  itemStates, powerSources, crossRegionScopes, onlineCapabilities, specialProcedureKinds, exemptionModes, collaborationTypes,
] as const;
