/**
 * What the spreadsheet layout keeps as data beside the schema (layout.ts derives everything else
 * from the element table): typing hints for the template's header notes (a column without one shows
 * its schema description), the headers and sheet names people use beside the titles, and which
 * elements identify an item. Keys are "<sheet role>:<property path in the sheet's record>".
 */

/** Typing hints of the template's header notes, in Chinese; `{version}` is the major's schemaVersion. */
export const COLUMN_NOTES: Readonly<Record<string, string>> = {
  "info:schemaVersion": "本标准的版本，如 {version}（留空即 {version}）",
  "info:kind": "基本目录、标准化实施清单或实施清单",
  "info:region/code": "发布区域的12位统计用区划代码",
  "info:region/level": "发布区域的层级；留空则由区划代码推出",
  "info:publisher/name": "发布机构名称",
  "info:publisher/creditCode": "18位统一社会信用代码",
  "info:title": "目录或清单的名称",
  "info:batch": "发布批次，如 第一批",
  "info:version": "目录的版本号",
  "info:publishedAt": "YYYY-MM-DD",
  "info:upper/regionCode": "所实施的上级目录的区划代码",
  "info:upper/version": "所实施的上级目录的版本",
  "info:extensions": "JSON 对象，标准未定义的地方字段",
  "items:basicCode": "12位基本编码",
  "items:name": "事项的法定名称，各层级一致",
  "items:type": "如 行政许可 或 01",
  "items:levels": "可多选，用 、 或 , 分隔，如 市级、县级",
  "items:legalBasis": "《法名》（文号）第X条：条款内容；多条换行分隔。设定依据表有该事项的行时以该表为准",
  "items:department": "主管部门",
  "items:serviceObjects": "可多选，如 自然人、企业法人",
  "items:acceptanceConditions": "受理条件",
  "items:handlingType": "即办件、承诺件或其他",
  "items:timeLimit/statutory/value": "天数，如 20；也可填 20个工作日",
  "items:timeLimit/statutory/unit": "工作日或自然日",
  "items:timeLimit/promised/value": "天数，如 5；也可填 5个工作日；0 为即办",
  "items:timeLimit/promised/unit": "工作日或自然日",
  "items:timeLimit/note": "如 现场审查时间不计算在内",
  "items:fees/charged": "是或否；收费项目填在收费项目表",
  "items:visits": "如 0 或 0次",
  "items:onsiteReason": "到办事现场次数大于0时说明原因",
  "items:onlineDepth": "不可网办、Ⅰ级…Ⅳ级，如 全程网办（Ⅳ级）、Ⅳ级 或 4",
  "items:handlingForms": "可多选，如 窗口办理、电脑端网上办理",
  "items:result/name": "办理结果名称，如 卫生许可证",
  "items:result/type": "证照、批文或其他",
  "items:result/licenceTypeCode": "电子证照类型代码（21位）",
  "items:implementationCode": "31位：实施主体信用代码+实施层级+基本编码",
  "items:handlingItemCode": "33位：实施编码+2位序号",
  "items:level": "如 县级 或 4",
  "items:agency/name": "实施机关名称",
  "items:agency/creditCode": "18位统一社会信用代码",
  "items:agency/nature": "法定机关、授权组织、受委托组织或其他",
  "items:location": "办理地点，具体到窗口",
  "items:hours": "办理时间",
  "items:consultation": "如 带区号的电话",
  "items:complaint": "如 带区号的电话",
  "items:extensions": "JSON 对象，标准未定义的地方字段",
  "materials:id": "各层级共用的材料标识",
  "materials:name": "材料名称",
  "materials:necessity": "必要、非必要或容缺后补",
  "materials:medium": "纸质、电子或纸质和电子",
  "materials:originality": "原件、复印件、原件和复印件、原件或复印件",
  "materials:copies": "纸质份数，如 1 或 1份",
  "materials:source": "申请人自备、政府部门核发、中介机构出具或其他",
  "materials:category": "证件证书证明、申请表格文书或其他",
  "materials:issuer": "出具材料的机构",
  "materials:paperSize": "如 A4",
  "materials:legalBasis": "要求提供该材料的法律依据",
  "materials:note": "填写或提供材料的说明",
  "fees:name": "收费项目名称",
  "fees:standard": "如 每件80元",
  "fees:basis": "收费的法律或价格依据",
  "fees:amount": "最高收费金额（元）",
  "fees:waivable": "是或否",
  "legalBasis:lawName": "如 《中华人民共和国行政许可法》",
  "legalBasis:docNumber": "如 主席令第23号",
  "legalBasis:article": "如 第二十四条",
  "legalBasis:text": "条款原文",
  "process:name": "如 受理、审查、决定",
  "process:timeLimit/value": "天数，如 1；也可填 1个工作日",
  "process:timeLimit/unit": "工作日或自然日",
  "process:description": "该环节做什么",
};

/** Other headers the template has always accepted for a column (real sources' variants are in header-aliases.ts). */
export const TEMPLATE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  "info:region/level": ["发布层级"],
  "items:legalBasis": ["依据"],
  "items:acceptanceConditions": ["申请条件"],
  "items:result/name": ["办理结果"],
  "items:consultation": ["咨询电话"],
  "items:complaint": ["监督电话", "投诉电话"],
  "materials:necessity": ["是否必要"],
  "materials:medium": ["提交形式"],
};

/** Other names of a sheet, by role (the sheet's own name is the list's title). */
export const SHEET_ALIASES: Readonly<Record<string, readonly string[]>> = {
  info: ["目录", "清单信息"],
  items: ["事项清单", "事项信息", "事项列表"],
  legalBasis: ["法律依据"],
  materials: ["材料", "材料清单"],
  fees: ["收费", "收费标准"],
  process: ["流程"],
};

/** The elements that tie a detail row to its item, least specific first (基本编码, 实施编码, 业务办理项编码). */
export const ITEM_KEYS: readonly string[] = ["basicCode", "implementationCode", "handlingItemCode"];

/** The notes of the key columns on detail sheets. */
export const KEY_NOTES: Readonly<Record<string, string>> = {
  basicCode: "所属事项的基本编码",
  implementationCode: "所属事项的实施编码（实施清单）",
  handlingItemCode: "所属业务办理项（一个实施编码下有多个时）",
};

/** The 目录信息 rows that say what the document is come first, before the schema's order. */
export const LEADING_INFO: readonly string[] = ["schemaVersion", "kind"];

/** Lists of records that may also be given in one items-sheet cell, parsed by legal-basis-cell.ts (设定依据). */
export const CELL_FORMS: readonly string[] = ["legalBasis"];

/**
 * Required elements that the import fills in when their cell is empty (标准版本 from the major, 目录类型
 * from the headers, 层级 from the region code): not marked 必填.
 */
export const FILLED_ON_IMPORT: readonly string[] = ["info:schemaVersion", "info:kind", "info:region/level"];

/**
 * The header note of a column without a typing hint above: what to type, from the element's type,
 * format and codes, in Chinese (the template is read by clerks; the schema's descriptions are English).
 */
export function typeHint(element: { title: string; type: string; array?: boolean; format?: string; codes?: readonly unknown[] }): string {
  const what =
    element.codes !== undefined ? "代码集中的代码或名称"
    : element.format === "date" ? "日期，YYYY-MM-DD"
    : element.format === "uri" ? "网址"
    : element.type === "boolean" ? "是或否"
    : element.type === "integer" ? "整数"
    : element.type === "number" ? "数字"
    : "文字";
  return `${element.title}：${what}${element.array ? "；可填多个，用 、 分隔" : ""}`;
}
