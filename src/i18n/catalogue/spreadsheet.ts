/** Spreadsheet import/export messages (one area of the catalogue); finding ids equal the import rule ids. */
import { catalogueArea } from "../entry.js";

/** What a column expects, in words. */
const EXPECT: Record<string, { zh: string; en: string }> = {
  text: { zh: "文字", en: "text" },
  enum: { zh: "下列之一", en: "one of" },
  onlineDepth: { zh: "不可网办、Ⅰ级至Ⅳ级（如 全程网办（Ⅳ级）、Ⅳ级、4）", en: "不可网办 or Ⅰ–Ⅳ级 (e.g. 全程网办（Ⅳ级）, Ⅳ级, 4)" },
  count: { zh: "非负整数（如 0 或 0次）", en: "a whole number (e.g. 0 or 0次)" },
  days: { zh: "天数（如 20 或 20个工作日）", en: "a number of days (e.g. 20 or 20个工作日)" },
  unit: { zh: "工作日或自然日", en: "工作日 (working days) or 自然日 (calendar days)" },
  boolean: { zh: "是或否", en: "是 (yes) or 否 (no)" },
  number: { zh: "数字（元）", en: "a number (yuan)" },
  date: { zh: "日期 YYYY-MM-DD", en: "a date YYYY-MM-DD" },
  json: { zh: "JSON 对象，如 {\"键\":\"值\"}", en: "a JSON object, e.g. {\"key\":\"value\"}" },
};
const expectZh = (p: Record<string, unknown>) => `${EXPECT[String(p.expected)]?.zh ?? p.expected}${p.allowed ? `：${p.allowed}` : ""}`;
const expectEn = (p: Record<string, unknown>) => `${EXPECT[String(p.expected)]?.en ?? p.expected}${p.allowed ? `: ${p.allowed}` : ""}`;
const col = (p: Record<string, unknown>) => (p.header ? `（${p.header}）` : "");
const colEn = (p: Record<string, unknown>) => (p.header ? ` (${p.header})` : "");

/** Messages of the spreadsheet import, export and template. */
export const spreadsheetMessages = /* @__PURE__ */ catalogueArea(() => ({
  "cell-unreadable": {
    "zh-CN": (p) => `${p.cell}${col(p)}：无法识别“${p.value}”，应为${expectZh(p)}`,
    en: (p) => `${p.cell}${colEn(p)}: cannot read "${p.value}"; expected ${expectEn(p)}`,
  },
  "cell-required": {
    "zh-CN": (p) => `${p.cell}${col(p)}：必填，不能为空`,
    en: (p) => `${p.cell}${colEn(p)}: required, but empty`,
  },
  "cell-date": {
    "zh-CN": (p) => `${p.cell}${col(p)}：单元格是日期（${p.value}），此处应为文字或数字；请将该列设为文本格式后重新填写`,
    en: (p) => `${p.cell}${colEn(p)}: the cell is a date (${p.value}) where text or a number belongs; format the column as text and type the value again`,
  },
  "cell-formula-no-result": {
    "zh-CN": (p) => `${p.cell}${col(p)}：公式 =${p.formula} 没有保存计算结果（不会计算公式）；请在 Excel 中重新计算并保存，或改填数值`,
    en: (p) => `${p.cell}${colEn(p)}: formula =${p.formula} has no saved result (formulas are never evaluated); recalculate and save in Excel, or type the value`,
  },
  "cell-formula": {
    "zh-CN": (p) => `${p.cell}${col(p)}：使用了公式 =${p.formula} 保存的计算结果`,
    en: (p) => `${p.cell}${colEn(p)}: used the saved result of formula =${p.formula}`,
  },
  "cell-error-value": {
    "zh-CN": (p) => `${p.cell}${col(p)}：单元格是错误值 ${p.value}`,
    en: (p) => `${p.cell}${colEn(p)}: the cell holds the error value ${p.value}`,
  },
  "cell-number-as-code": {
    "zh-CN": (p) => `${p.cell}${col(p)}：编码被存成了数字 ${p.value}，精度已丢失；请将该列设为文本格式后重新填写`,
    en: (p) => `${p.cell}${colEn(p)}: the code was stored as the number ${p.value} and lost precision; format the column as text and type it again`,
  },
  "cell-code-stored-as-number": {
    "zh-CN": (p) => `${p.cell}${col(p)}：编码被存成了数字 ${p.value}，已按位数补零为 ${p.code}；建议将该列设为文本格式`,
    en: (p) => `${p.cell}${colEn(p)}: the code was stored as the number ${p.value}; read as ${p.code}. Format the column as text`,
  },
  "cell-unit-conflict": {
    "zh-CN": (p) => `${p.cell}${col(p)}：时限单位与时限单元格中写的单位不一致`,
    en: (p) => `${p.cell}${colEn(p)}: the unit differs from the unit written in the time-limit cell`,
  },
  "cell-merged": {
    "zh-CN": (p) => `${p.cell}：合并单元格 ${p.range}，已将左上角的值填入范围内的每个单元格`,
    en: (p) => `${p.cell}: merged cells ${p.range}; the top-left value was copied into every cell of the range`,
  },
  "column-unknown": {
    "zh-CN": (p) => (p.header ? `${p.cell}：无法识别的列“${p.header}”，该列已忽略` : `${p.cell}：该列没有表头，其中的数据已忽略`),
    en: (p) => (p.header ? `${p.cell}: unknown column "${p.header}"; ignored` : `${p.cell}: the column has no header; its data was ignored`),
  },
  "code-ambiguous": {
    "zh-CN": (p) => `${p.cell}${col(p)}：代码“${p.value}”在不同平台的代码集中含义不同（${p.crosswalks}），未导入；请用 --crosswalk 指明所用的代码集`,
    en: (p) => `${p.cell}${colEn(p)}: the code "${p.value}" means different things in different platforms' code sets (${p.crosswalks}); not imported. Name the one used with --crosswalk`,
  },
  "code-ambiguous-standard": {
    "zh-CN": (p) => `${p.cell}${col(p)}：代码“${p.value}”已按国家标准读取，但在 ${p.crosswalks} 中含义不同；如数据来自该平台，请用 --crosswalk 指明`,
    en: (p) => `${p.cell}${colEn(p)}: the code "${p.value}" was read as the national standard's, but means something else in ${p.crosswalks}; if the data comes from that platform, name it with --crosswalk`,
  },
  "crosswalk-applied": {
    "zh-CN": (p) => `按代码对照表 ${p.crosswalk}（${p.title}）翻译了 ${p.count} 个值（${p.examples}），原值保存在各事项的扩展字段“原值”中；来源：${p.source}`,
    en: (p) => `translated ${p.count} values with the crosswalk ${p.crosswalk} (${p.title}): ${p.examples}; the original values are kept under each item's extensions.原值. Source: ${p.source}`,
  },
  "column-extension": {
    "zh-CN": (p) => `${p.cell}：列“${p.header}”不对应标准中的要素，其值（${p.count} ${p.unit === "row" ? "行" : "个事项"}）已保存在扩展字段（extensions）中；可用 --map 指定其对应的要素`,
    en: (p) => `${p.cell}: column "${p.header}" names no element of the standard; its values (${p.count} ${p.unit === "row" ? "row" : "item"}${p.count === 1 ? "" : "s"}) were kept under extensions. Map it to an element with --map`,
  },
  "column-not-applicable": {
    "zh-CN": (p) => `${p.cell}：列“${p.header}”不属于${p.kind}类型的目录，已忽略`,
    en: (p) => `${p.cell}: column "${p.header}" does not belong to a ${p.kind} catalogue; ignored`,
  },
  "column-missing": {
    "zh-CN": (p) => `${p.cell}：缺少必填列“${p.header}”`,
    en: (p) => `${p.cell}: the required column "${p.header}" is missing`,
  },
  "column-duplicate": {
    "zh-CN": (p) => `${p.cell}：列“${p.header}”重复，只读取第一列`,
    en: (p) => `${p.cell}: column "${p.header}" appears twice; only the first is read`,
  },
  "sheet-unknown": {
    "zh-CN": (p) => `工作表“${p.cell}”无法识别，已忽略`,
    en: (p) => `sheet "${p.cell}" is not part of the layout; ignored`,
  },
  "sheet-not-applicable": {
    "zh-CN": (p) => `工作表“${p.cell}”不属于${p.kind}类型的目录，已忽略`,
    en: (p) => `sheet "${p.cell}" does not belong to a ${p.kind} catalogue; ignored`,
  },
  "sheet-missing": {
    "zh-CN": (p) => `找不到事项工作表“${p.cell}”（工作簿中有：${p.names}）；可用 --sheet 指定`,
    en: (p) => `no items sheet "${p.cell}" (the workbook has: ${p.names}); name it with --sheet`,
  },
  "sheet-no-header": {
    "zh-CN": (p) => `${p.cell}：前10行中找不到表头行（应包含 ${p.expected} 等列）`,
    en: (p) => `${p.cell}: no header row in the first 10 rows (expected columns such as ${p.expected})`,
  },
  "sheet-row-limit": {
    "zh-CN": (p) => `${p.cell}：超过行数上限 ${p.limit} 行，其后的行未读取；请拆分文件或调高 --max-rows`,
    en: (p) => `${p.cell}: more than ${p.limit} rows; the rest was not read. Split the file or raise --max-rows`,
  },
  "row-unmatched": {
    "zh-CN": (p) => (p.keys ? `${p.cell}：找不到编码为 ${p.keys} 的事项，该行未导入` : `${p.cell}：该行没有填写所属事项的编码（基本编码、实施编码或业务办理项编码），未导入`),
    en: (p) => (p.keys ? `${p.cell}: no item has the codes ${p.keys}; the row was not imported` : `${p.cell}: the row names no item (基本编码, 实施编码 or 业务办理项编码); not imported`),
  },
  "row-ambiguous": {
    "zh-CN": (p) => `${p.cell}：编码 ${p.keys} 对应 ${p.count} 个事项，请补填实施编码或业务办理项编码；该行未导入`,
    en: (p) => `${p.cell}: the codes ${p.keys} match ${p.count} items; add the 实施编码 or 业务办理项编码. The row was not imported`,
  },
  "header-missing": {
    "zh-CN": (p) => `缺少目录信息“${p.header}”：请在工作表“${p.cell}”中填写，或使用 ${p.option}`,
    en: (p) => `the catalogue header lacks "${p.header}": fill it in sheet "${p.cell}" or pass ${p.option}`,
  },
  "info-key-unknown": {
    "zh-CN": (p) => (p.header ? `${p.cell}：无法识别的目录信息项“${p.header}”，已忽略` : `${p.cell}：该行没有目录信息项名称，其值已忽略`),
    en: (p) => (p.header ? `${p.cell}: unknown catalogue header field "${p.header}"; ignored` : `${p.cell}: the row names no catalogue header field; its value was ignored`),
  },
  "legal-basis-cell-ignored": {
    "zh-CN": (p) => `${p.cell}${col(p)}：设定依据工作表中已有该事项的行，本单元格未使用`,
    en: (p) => `${p.cell}${colEn(p)}: the 设定依据 sheet has rows for this item, so this cell was not used`,
  },
  "file-encoding": {
    "zh-CN": (p) => `${p.cell}：文件不是 UTF-8 编码，已按 ${p.encoding} 解码；建议另存为 UTF-8`,
    en: (p) => `${p.cell}: the file is not UTF-8; decoded as ${p.encoding}. Save it as UTF-8`,
  },
  "spreadsheet.written": {
    "zh-CN": (p) => `已写入 ${p.files}`,
    en: (p) => `wrote ${p.files}`,
  },
  "spreadsheet.not-written": {
    "zh-CN": (p) => `发现错误，未写入 ${p.file}（使用 --force 仍然写入）`,
    en: (p) => `errors found; ${p.file} was not written (use --force to write it anyway)`,
  },
}));
