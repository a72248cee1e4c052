/**
 * The CLI's one-line errors in both languages: usage errors (commander's, by error code), bad
 * option values, unreadable streamed input and the internal-error line (exit 70).
 */
import { fixedText as text, type Entry } from "../entry.js";

/** Error lines of the `zwfw` command, by id. */
export const cliErrorMessages = {
  // commander's usage errors, keyed by its error code (commander.unknownOption → cli.usage.unknownOption).
  "cli.usage.unknownOption": {
    "zh-CN": (p) => `未知选项 ${p.name}${p.suggestion ? `（是否要用 ${p.suggestion}？）` : ""}；用 --help 查看可用选项`,
    en: (p) => `unknown option ${p.name}${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ""}; see --help`,
  },
  "cli.usage.unknownCommand": {
    "zh-CN": (p) => `未知命令 ${p.name}${p.suggestion ? `（是否要用 ${p.suggestion}？）` : ""}；用 zwfw --help 查看命令`,
    en: (p) => `unknown command ${p.name}${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ""}; see zwfw --help`,
  },
  "cli.usage.missingArgument": { "zh-CN": (p) => `缺少参数 ${p.name}`, en: (p) => `missing argument ${p.name}` },
  "cli.usage.optionMissingArgument": { "zh-CN": (p) => `选项 ${p.name} 缺少取值`, en: (p) => `option ${p.name} needs a value` },
  "cli.usage.missingMandatoryOptionValue": { "zh-CN": (p) => `缺少必需的选项 ${p.name}`, en: (p) => `required option ${p.name} is missing` },
  "cli.usage.excessArguments": { "zh-CN": (p) => `参数过多：应为 ${p.expected} 个，收到 ${p.got} 个`, en: (p) => `too many arguments: expected ${p.expected}, got ${p.got}` },
  "cli.usage.conflictingOption": { "zh-CN": (p) => `选项 ${p.name} 不能与 ${p.other} 同用`, en: (p) => `option ${p.name} cannot be used with ${p.other}` },
  "cli.usage.invalidArgument": { "zh-CN": (p) => `${p.name} 的取值无效：${p.value}`, en: (p) => `invalid value for ${p.name}: ${p.value}` },
  "cli.usage.other": { "zh-CN": (p) => `用法错误：${p.text}`, en: (p) => `usage error: ${p.text}` },

  // Bad option values and argument counts.
  "cli.option.choice": {
    "zh-CN": (p) => `${p.option} 只能取 ${p.allowed}（收到“${p.value}”）`,
    en: (p) => `${p.option} must be one of ${p.allowed} (got "${p.value}")`,
  },
  "cli.option.integer": {
    "zh-CN": (p) => `${p.option} 须为不小于 ${p.min} 的整数（收到“${p.value}”）`,
    en: (p) => `${p.option} must be a whole number of at least ${p.min} (got "${p.value}")`,
  },
  "cli.option.region-code": {
    "zh-CN": (p) => `${p.option} 须为 12 位区划代码（收到“${p.value}”）`,
    en: (p) => `${p.option} must be a 12-digit region code (got "${p.value}")`,
  },
  "cli.option.report-with-command": {
    "zh-CN": (p) => `${p.command} 不支持 --report ${p.value}；可用：${p.allowed}`,
    en: (p) => `${p.command} does not support --report ${p.value}; use ${p.allowed}`,
  },
  "cli.option.import-output": text("import 需要 -o <清单.json>", "import needs -o <catalogue.json>"),
  "cli.conform.two-files": text("conform 需要两个文件：<上级> <本级>（更多文件请用 --chain）", "conform needs exactly two files: <upper> <lower> (use --chain for more)"),
  "cli.validate.draft-streamed": {
    "zh-CN": (p) => `--draft 只读取完整的 JSON 文档；JSONL 和 ${p.mb} MB 以上的目录以流式校验，不支持草稿模式`,
    en: (p) => `--draft reads whole JSON documents; JSONL and catalogues of ${p.mb} MB or more stream without it`,
  },
  "cli.conform.chain-upper": text("--chain 与 --upper 不能同时使用", "--chain and --upper cannot be combined"),
  "cli.conform.chain-files": text("conform --chain 至少需要两个文件", "conform --chain needs at least two files"),
  "cli.stdin.once": text("标准输入（-）只能读取一次", "stdin (-) can be read only once"),
  "cli.stdin.tty": text("标准输入是终端：请用管道或重定向提供数据，或给出文件名", "stdin is a terminal: pipe or redirect the data, or name a file"),

  // Files and folders.
  "cli.file.not-catalogue": {
    "zh-CN": () => "不是目录或清单（需要 \"kind\": basic、standard 或 implementation，以及 \"items\"）",
    en: () => `not a catalogue (needs "kind": basic, standard or implementation, and "items")`,
  },
  "cli.file.not-spreadsheet": text("不是 .xlsx 或 .csv 表格", "not an .xlsx or .csv spreadsheet"),
  "cli.sheet.output": { "zh-CN": (p) => `-o 须为 .xlsx 或 .csv 文件（收到“${p.value}”）`, en: (p) => `-o must name an .xlsx or .csv file (got "${p.value}")` },
  "cli.sheet.csv-too-large": { "zh-CN": (p) => `${p.mb} MB，CSV 导入过大；请拆分或改用 .xlsx`, en: (p) => `${p.mb} MB is too large for a CSV import; split it or use .xlsx` },
  "cli.sheet.csv-encoding": text("既不是 UTF-8 也不是 GB18030 文本；请把 CSV 另存为 UTF-8", "neither UTF-8 nor GB18030 text; save the CSV as UTF-8"),
  "cli.sheet.old-xls": text("这是旧版 .xls（Excel 97–2003）工作簿；请另存为 .xlsx", "an old .xls (Excel 97–2003) workbook; save it as .xlsx"),
  "cli.sheet.not-zip": text("不是 .xlsx 工作簿（不是 zip 压缩包）", "not an .xlsx workbook (not a zip archive)"),
  "cli.sheet.unreadable": { "zh-CN": (p) => `无法读取的 .xlsx 工作簿（${p.reason}）`, en: (p) => `not a readable .xlsx workbook (${p.reason})` },
  "cli.file.not-json": text("内容不是 JSON 或 JSONL", "the content is neither JSON nor JSONL"),
  "cli.file.cannot-write": { "zh-CN": (p) => `无法写入（${p.code}）`, en: (p) => `cannot write (${p.code})` },
  "cli.file.cannot-read": { "zh-CN": (p) => `无法读取（${p.code}）`, en: (p) => `cannot read (${p.code})` },
  "cli.schema.no-files": text("文件夹中没有 .json 模式文件", "no .json schema files in this folder"),
  "cli.schema.missing-ref": { "zh-CN": (p) => `引用了 ${p.name}，但它不在 ${p.dir} 中`, en: (p) => `references ${p.name}, which is not in ${p.dir}` },
  "cli.schema.no-such-path": text("文件或文件夹不存在", "no such file or folder"),
  "cli.schema.mixed": text("请给出两个模式文件或两个模式文件夹，不要混用", "give two schema files or two folders of schema files, not one of each"),
  "cli.schema.not-a-schema": text("不是 JSON Schema（应为对象或布尔值）", "not a JSON Schema (an object or a boolean)"),

  // Import and export layouts.
  "cli.import.records-expected": text("应为 JSON 记录数组（对象），每个事项一条", "expected a JSON array of records (objects), one per item"),
  "cli.import.national-file": text("--from national 读取 .json 记录、.xlsx 工作簿或一组 .csv 文件", "--from national reads .json records, an .xlsx workbook or a .csv set"),
  "cli.import.national-output": { "zh-CN": (p) => `--to national 的 -o 应为 .json、.xlsx 或 .csv 文件（收到“${p.output}”）`, en: (p) => `-o must name a .json, .xlsx or .csv file for --to national (got "${p.output}")` },
  "cli.import.guide-file": text("--from guide 读取 JSON 格式的办事指南列表（.json）", "--from guide reads a JSON guide list (.json)"),
  "cli.import.map-shape": text("--map 应为“表头 → 要素名称或属性路径”的 JSON 对象，如 {\"办理对象\": \"服务对象\"}", "--map expects a JSON object of header → element title or property path, e.g. {\"办理对象\": \"服务对象\"}"),
  "cli.import.map-unknown": { "zh-CN": (p) => `--map 中的 ${p.names} 不是任何要素（请用列标题如 事项名称，或属性路径如 agency/name）`, en: (p) => `--map names no element ${p.names} (use a column title such as 事项名称, or a property path such as agency/name)` },
  "cli.import.crosswalk-unknown": { "zh-CN": (p) => `--crosswalk：未知的对照表 ${p.names}（可用：${p.known}）`, en: (p) => `--crosswalk: unknown ${p.names} (known: ${p.known})` },
  "cli.import.latest-national": text("--latest 只用于 --from national", "--latest applies to --from national"),

  // Not the user's fault.
  "cli.too-large": { "zh-CN": (p) => `输入嵌套过深或过大，无法处理（${p.reason}）`, en: (p) => `input nests too deeply or is too large to process (${p.reason})` },
  "cli.internal": {
    "zh-CN": (p) => `内部错误：${p.reason}。这是 zwfw 的缺陷，请附上命令和输入报告给维护者（设 ZWFW_DEBUG=1 可看调用栈）`,
    en: (p) => `internal error: ${p.reason}. This is a bug in zwfw; please report it with the command and input (ZWFW_DEBUG=1 shows the stack)`,
  },
} satisfies Record<string, Entry>;
