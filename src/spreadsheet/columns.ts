/**
 * The one table of sheet names and column headers, shared by import, export and the template: each
 * column names the v1 field it fills (a path inside its record), how its cells are read, and the
 * catalogue kinds it belongs to.
 */
import {
  agencyNatures, catalogueKinds, handlingForms, handlingTypes, itemTypes, levels, materialCategories,
  materialSources, media, necessities, originalities, resultTypes, serviceObjects,
} from "../codes/code-sets.js";
import type { CodeSet } from "../codes/code-set.js";
import { CATALOGUE_KINDS, type CatalogueKind } from "../rules/item-kind.js";

/** How a column's cells are read and written. */
export type ValueType =
  | { type: "text" }
  /** A fixed-length code that Excel may have stored as a number (leading zeros lost). */
  | { type: "code"; digits?: number }
  | { type: "enum"; set: CodeSet<string> }
  | { type: "enums"; set: CodeSet<string> }
  | { type: "onlineDepth" }
  /** A whole number, optionally followed by a counter word (0次, 1份). */
  | { type: "count" }
  /** A day count; the cell may also carry its unit ("20个工作日"). */
  | { type: "days" }
  | { type: "unit" }
  | { type: "boolean" }
  | { type: "number" }
  | { type: "date" }
  /** A JSON object (扩展字段). */
  | { type: "json" };

/** One column of a sheet (or one key row of the 目录信息 sheet). */
export interface Column {
  header: string;
  /** Other headers people use for the same column. */
  aliases?: readonly string[];
  /** Property path inside the sheet's record (item, material, fee, citation, step, catalogue). */
  path: readonly string[];
  value: ValueType;
  /** Catalogue kinds the column applies to; all when absent. */
  kinds?: readonly CatalogueKind[];
  /** An empty cell is an error (within the kinds the column applies to). */
  required?: boolean;
  /** Read on import, never written (a second way to give data that has a structured sheet). */
  importOnly?: boolean;
  /** One line for the template's cell note. */
  note: string;
}

const STD: CatalogueKind[] = ["standard", "implementation"];
const IMPL: CatalogueKind[] = ["implementation"];
const text = { type: "text" } as const;

/** 目录信息: key/value rows of the catalogue header. */
export const infoColumns: readonly Column[] = [
  { header: "标准版本", path: ["schemaVersion"], value: text, note: "本标准的版本，如 1.0（留空即 1.0）" },
  { header: "目录类型", path: ["kind"], value: { type: "enum", set: catalogueKinds }, note: "基本目录、标准化实施清单或实施清单" },
  { header: "区划代码", path: ["region", "code"], value: { type: "code", digits: 12 }, required: true, note: "发布区域的12位统计用区划代码" },
  { header: "层级", aliases: ["发布层级"], path: ["region", "level"], value: { type: "enum", set: levels }, note: "发布区域的层级；留空则由区划代码推出" },
  { header: "发布机构", path: ["publisher", "name"], value: text, required: true, note: "发布机构名称" },
  { header: "发布机构统一社会信用代码", path: ["publisher", "creditCode"], value: { type: "code" }, note: "18位统一社会信用代码" },
  { header: "目录名称", path: ["title"], value: text, note: "目录或清单的名称" },
  { header: "批次", path: ["batch"], value: text, note: "发布批次，如 第一批" },
  { header: "目录版本", path: ["version"], value: text, note: "目录的版本号" },
  { header: "发布日期", path: ["publishedAt"], value: { type: "date" }, note: "YYYY-MM-DD" },
  { header: "上级区划代码", path: ["upper", "regionCode"], value: { type: "code", digits: 12 }, note: "所实施的上级目录的区划代码" },
  { header: "上级目录版本", path: ["upper", "version"], value: text, note: "所实施的上级目录的版本" },
  { header: "扩展字段", path: ["extensions"], value: { type: "json" }, note: "JSON 对象，标准未定义的地方字段" },
];

/** 事项: one row per item. */
export const itemColumns: readonly Column[] = [
  { header: "基本编码", path: ["basicCode"], value: { type: "code", digits: 12 }, required: true, note: "12位基本编码" },
  { header: "事项名称", path: ["name"], value: text, required: true, note: "事项的法定名称，各层级一致" },
  { header: "事项类型", path: ["type"], value: { type: "enum", set: itemTypes }, required: true, note: "如 行政许可 或 01" },
  { header: "行使层级", path: ["levels"], value: { type: "enums", set: levels }, required: true, note: "可多选，用 、 或 , 分隔，如 市级、县级" },
  { header: "设定依据", aliases: ["依据"], path: ["legalBasis"], value: text, importOnly: true, note: "《法名》（文号）第X条：条款内容；多条换行分隔。设定依据表有该事项的行时以该表为准" },
  { header: "主管部门", path: ["department"], value: text, note: "主管部门" },
  { header: "服务对象", path: ["serviceObjects"], value: { type: "enums", set: serviceObjects }, kinds: STD, required: true, note: "可多选，如 自然人、企业法人" },
  { header: "受理条件", aliases: ["申请条件"], path: ["acceptanceConditions"], value: text, kinds: STD, required: true, note: "受理条件" },
  { header: "办件类型", path: ["handlingType"], value: { type: "enum", set: handlingTypes }, kinds: STD, required: true, note: "即办件、承诺件或其他" },
  { header: "法定办结时限", path: ["timeLimit", "statutory", "value"], value: { type: "days" }, kinds: STD, note: "天数，如 20；也可填 20个工作日" },
  { header: "法定办结时限单位", path: ["timeLimit", "statutory", "unit"], value: { type: "unit" }, kinds: STD, note: "工作日或自然日" },
  { header: "承诺办结时限", path: ["timeLimit", "promised", "value"], value: { type: "days" }, kinds: STD, required: true, note: "天数，如 5；也可填 5个工作日；0 为即办" },
  { header: "承诺办结时限单位", path: ["timeLimit", "promised", "unit"], value: { type: "unit" }, kinds: STD, note: "工作日或自然日" },
  { header: "办结时限说明", path: ["timeLimit", "note"], value: text, kinds: STD, note: "如 现场审查时间不计算在内" },
  { header: "是否收费", path: ["fees", "charged"], value: { type: "boolean" }, kinds: STD, required: true, note: "是或否；收费项目填在收费项目表" },
  { header: "到办事现场次数", path: ["visits"], value: { type: "count" }, kinds: STD, required: true, note: "如 0 或 0次" },
  { header: "必须现场办理原因说明", path: ["onsiteReason"], value: text, kinds: STD, note: "到办事现场次数大于0时说明原因" },
  { header: "网上办理深度", path: ["onlineDepth"], value: { type: "onlineDepth" }, kinds: STD, required: true, note: "不可网办、Ⅰ级…Ⅳ级，如 全程网办（Ⅳ级）、Ⅳ级 或 4" },
  { header: "办理形式", path: ["handlingForms"], value: { type: "enums", set: handlingForms }, kinds: STD, note: "可多选，如 窗口办理、电脑端网上办理" },
  { header: "结果名称", aliases: ["办理结果"], path: ["result", "name"], value: text, kinds: STD, note: "办理结果名称，如 卫生许可证" },
  { header: "审批结果类型", path: ["result", "type"], value: { type: "enum", set: resultTypes }, kinds: STD, note: "证照、批文或其他" },
  { header: "证照类型代码", path: ["result", "licenceTypeCode"], value: { type: "code" }, kinds: STD, note: "电子证照类型代码（21位）" },
  { header: "实施编码", path: ["implementationCode"], value: { type: "code" }, kinds: IMPL, required: true, note: "31位：实施主体信用代码+实施层级+基本编码" },
  { header: "业务办理项编码", path: ["handlingItemCode"], value: { type: "code" }, kinds: IMPL, note: "33位：实施编码+2位序号" },
  { header: "实施层级", path: ["level"], value: { type: "enum", set: levels }, kinds: IMPL, required: true, note: "如 县级 或 4" },
  { header: "实施主体", path: ["agency", "name"], value: text, kinds: IMPL, required: true, note: "实施机关名称" },
  { header: "实施主体统一社会信用代码", path: ["agency", "creditCode"], value: { type: "code" }, kinds: IMPL, required: true, note: "18位统一社会信用代码" },
  { header: "实施主体性质", path: ["agency", "nature"], value: { type: "enum", set: agencyNatures }, kinds: IMPL, required: true, note: "法定机关、授权组织、受委托组织或其他" },
  { header: "办理地点", path: ["location"], value: text, kinds: IMPL, note: "办理地点，具体到窗口" },
  { header: "办理时间", path: ["hours"], value: text, kinds: IMPL, note: "办理时间" },
  { header: "咨询方式", aliases: ["咨询电话"], path: ["consultation"], value: text, kinds: IMPL, note: "如 带区号的电话" },
  { header: "监督投诉方式", aliases: ["监督电话", "投诉电话"], path: ["complaint"], value: text, kinds: IMPL, note: "如 带区号的电话" },
  { header: "扩展字段", path: ["extensions"], value: { type: "json" }, note: "JSON 对象，标准未定义的地方字段" },
];

/** The columns that tie a detail row to its item; the most specific one filled wins. */
export const keyColumns: readonly Column[] = [
  { header: "基本编码", path: ["basicCode"], value: { type: "code", digits: 12 }, note: "所属事项的基本编码" },
  { header: "实施编码", path: ["implementationCode"], value: { type: "code" }, kinds: IMPL, note: "所属事项的实施编码（实施清单）" },
  { header: "业务办理项编码", path: ["handlingItemCode"], value: { type: "code" }, kinds: IMPL, note: "所属业务办理项（一个实施编码下有多个时）" },
];

/** 申请材料: one row per material. */
export const materialColumns: readonly Column[] = [
  { header: "材料编码", path: ["id"], value: text, note: "各层级共用的材料标识" },
  { header: "材料名称", path: ["name"], value: text, required: true, note: "材料名称" },
  { header: "材料必要性", aliases: ["是否必要"], path: ["necessity"], value: { type: "enum", set: necessities }, required: true, note: "必要、非必要或容缺后补" },
  { header: "材料形式", aliases: ["提交形式"], path: ["medium"], value: { type: "enum", set: media }, required: true, note: "纸质、电子或纸质和电子" },
  { header: "原件/复印件", path: ["originality"], value: { type: "enum", set: originalities }, note: "原件、复印件、原件和复印件、原件或复印件" },
  { header: "份数", path: ["copies"], value: { type: "count" }, note: "纸质份数，如 1 或 1份" },
  { header: "来源渠道", path: ["source"], value: { type: "enum", set: materialSources }, note: "申请人自备、政府部门核发、中介机构出具或其他" },
  { header: "材料类型", path: ["category"], value: { type: "enum", set: materialCategories }, note: "证件证书证明、申请表格文书或其他" },
  { header: "出具机构", path: ["issuer"], value: text, note: "出具材料的机构" },
  { header: "纸质材料规格", path: ["paperSize"], value: text, note: "如 A4" },
  { header: "要求提供材料的依据", path: ["legalBasis"], value: text, note: "要求提供该材料的法律依据" },
  { header: "填报须知", path: ["note"], value: text, note: "填写或提供材料的说明" },
];

/** 收费项目: one row per fee item. */
export const feeColumns: readonly Column[] = [
  { header: "收费项目名称", path: ["name"], value: text, required: true, note: "收费项目名称" },
  { header: "收费标准", path: ["standard"], value: text, required: true, note: "如 每件80元" },
  { header: "收费依据", path: ["basis"], value: text, required: true, note: "收费的法律或价格依据" },
  { header: "收费金额", path: ["amount"], value: { type: "number" }, note: "最高收费金额（元）" },
  { header: "是否允许减免", path: ["waivable"], value: { type: "boolean" }, note: "是或否" },
];

/** 设定依据: one row per legal citation. */
export const citationColumns: readonly Column[] = [
  { header: "法律法规名称", path: ["lawName"], value: text, required: true, note: "如 《中华人民共和国行政许可法》" },
  { header: "文号", path: ["docNumber"], value: text, note: "如 主席令第23号" },
  { header: "条款号", path: ["article"], value: text, note: "如 第二十四条" },
  { header: "条款内容", path: ["text"], value: text, note: "条款原文" },
];

/** 办理流程: one row per step. */
export const stepColumns: readonly Column[] = [
  { header: "环节名称", path: ["name"], value: text, required: true, note: "如 受理、审查、决定" },
  { header: "环节时限", path: ["timeLimit", "value"], value: { type: "days" }, note: "天数，如 1；也可填 1个工作日" },
  { header: "环节时限单位", path: ["timeLimit", "unit"], value: { type: "unit" }, note: "工作日或自然日" },
  { header: "环节说明", path: ["description"], value: text, note: "该环节做什么" },
];

/** The role of a sheet in the workbook. */
export type SheetRole = "info" | "items" | "materials" | "fees" | "legalBasis" | "process";

/** One sheet of the layout: its name, CSV file suffix, the item array it fills and its columns. */
export interface SheetSpec {
  role: SheetRole;
  name: string;
  aliases: readonly string[];
  /** `out.csv` holds the items; the others are `out.<csv>.csv`. */
  csv: string;
  /** Item property the detail rows fill (detail sheets only). */
  field?: "materials" | "legalBasis" | "process" | "fees";
  columns: readonly Column[];
  kinds: readonly CatalogueKind[];
}

const ALL = CATALOGUE_KINDS;

/** The sheets, in workbook order. */
export const sheetSpecs: readonly SheetSpec[] = [
  { role: "info", name: "目录信息", aliases: ["目录", "清单信息"], csv: "info", columns: infoColumns, kinds: ALL },
  { role: "items", name: "事项", aliases: ["事项清单", "事项信息", "事项列表"], csv: "", columns: itemColumns, kinds: ALL },
  { role: "legalBasis", name: "设定依据", aliases: ["法律依据"], csv: "legal-basis", field: "legalBasis", columns: citationColumns, kinds: ALL },
  { role: "materials", name: "申请材料", aliases: ["材料", "材料清单"], csv: "materials", field: "materials", columns: materialColumns, kinds: STD },
  { role: "fees", name: "收费项目", aliases: ["收费", "收费标准"], csv: "fees", field: "fees", columns: feeColumns, kinds: STD },
  { role: "process", name: "办理流程", aliases: ["流程"], csv: "process", field: "process", columns: stepColumns, kinds: STD },
];

/** The hidden sheet of code lists the template's dropdowns point at; ignored on import. */
export const CODE_LIST_SHEET = "代码表";

/** The header of the 目录信息 sheet's two columns. */
export const INFO_HEADER = ["项目", "值"] as const;

/** Whether a column applies to a catalogue kind. */
export const appliesTo = (column: Column, kind: CatalogueKind) => !column.kinds || column.kinds.includes(kind);
