/**
 * The CLI's help texts (program, commands, arguments, options), in both languages. Every command
 * and option is described by an id here, so a new option without its texts fails the type check.
 */
import { fixedText as text, type Entry } from "../entry.js";

/** Help texts of the `zwfw` command, by id. */
export const cliHelpMessages = {
  // Headings and words of commander's help layout.
  "cli.help.usage": text("用法：", "Usage:"),
  "cli.help.arguments": text("参数：", "Arguments:"),
  "cli.help.options": text("选项：", "Options:"),
  "cli.help.commands": text("命令：", "Commands:"),
  "cli.help.global-options": text("全局选项：", "Global options:"),
  "cli.help.options-placeholder": text("[选项]", "[options]"),
  "cli.help.command-placeholder": text("[命令]", "[command]"),
  "cli.help.default": { "zh-CN": (p) => `（默认：${p.value}）`, en: (p) => ` (default: ${p.value})` },
  "cli.help.option": text("显示帮助", "show help"),
  "cli.help.command": text("显示某个命令的帮助", "show help for a command"),
  "cli.version.option": text("显示版本号", "show the version"),
  "cli.description": text(
    "政务服务事项标准工具：校验、逐级一致性检查、批次比对、表格导入导出",
    "Tools for the government service item standard: validate, check levels, compare, import",
  ),
  "cli.quick-start": {
    "zh-CN": () =>
      [
        "快速上手：",
        "  zwfw validate 清单.json             校验清单（JSON、JSONL、.gz；- 读标准输入）",
        "  zwfw conform 上级.json 本级.json    检查本级清单与上级是否一致",
        "  zwfw import 表格.xlsx -o 清单.json  把表格导入为清单",
        "  CI：--report sarif|junit|github，-o 报告文件，--max-warnings 0",
        "",
      ].join("\n"),
    en: () =>
      [
        "Quick start:",
        "  zwfw validate list.json              validate (JSON, JSONL, .gz; - is stdin)",
        "  zwfw conform upper.json ours.json    check a list against the level above",
        "  zwfw import sheet.xlsx -o list.json  import a spreadsheet as a list",
        "  CI: --report sarif|junit|github, -o report file, --max-warnings 0",
        "",
      ].join("\n"),
  },
  "cli.exit-codes": text(
    "退出码：0 无错误；1 有错误（或警告超过 --max-warnings）；2 用法或输入错误；70 内部错误",
    "Exit codes: 0 no error; 1 errors found (or warnings over --max-warnings); 2 usage or input error; 70 internal error",
  ),

  // Options several commands share.
  "cli.opt.locale": text("语言 zh-CN | en；LANG=en* 时默认 en", "language: zh-CN | en; en by default when LANG=en*"),
  "cli.opt.report": { "zh-CN": (p) => `报告格式：${p.formats}`, en: (p) => `report format: ${p.formats}` },
  "cli.opt.output-report": text("把报告写入文件（不写标准输出）", "write the report to this file instead of stdout"),
  "cli.opt.max-warnings": text("警告多于 N 个时退出码为 1", "exit 1 when there are more than N warnings"),
  "cli.opt.regions": text("用区划库检查区划代码（region-code-unknown）", "check region codes against the region registry"),

  // validate
  "cli.validate": text("校验目录或清单（JSON、JSONL，可为 .gz）", "validate catalogues or lists (JSON, JSONL, also .gz)"),
  "cli.validate.files": text("JSON、JSONL 或 .gz 文件；- 表示标准输入", "JSON, JSONL or .gz files; - reads stdin"),
  "cli.validate.as": text(
    "JSON 文件的文档类型：catalogue | basic-item | standard-item | implementation-item",
    "document of JSON files: catalogue | basic-item | standard-item | implementation-item",
  ),
  "cli.validate.item": text("JSONL 每行的事项类型：basic | standard | implementation", "item kind of JSONL lines: basic | standard | implementation"),
  "cli.validate.schema": text(
    "JSONL 每行（及单个事项）所依的主版本，如 v1；默认按能通过的最新主版本读取；目录以自身的 schemaVersion 为准",
    "major of JSONL lines and single items, e.g. v1 (default: the newest that accepts each; catalogues: their own)",
  ),
  "cli.validate.jobs": text("校验 JSONL 的线程数（默认：CPU 核数；1 表示不用工作线程）", "threads for JSONL (default: the number of cores; 1 = no workers)"),
  "cli.validate.draft": text("草稿模式：缺少的必填要素按事项合并为一条 element-missing 提示，其余规则照常检查", "draft: missing required elements become one element-missing info per item; every other rule runs"),
  "cli.region.name": text("按名称查找区划：先精确匹配，再按前缀匹配", "find regions by name: exact matches, then names that start with it"),
  "cli.import.from": text("输入格式：auto（默认，按内容识别）| template（模板表格）| national（全国交换格式：JSON、AUDIT_* 记录、xlsx、csv）| guide（办事指南文本）| index（办事指南索引）", "auto (default: by content) | template | national (JSON, AUDIT_* records, xlsx, csv) | guide (guide text) | index (guide index)"),
  "cli.import.latest": text("全国格式：每个事项只保留最新的 task_version", "national layout: keep only the newest task_version of each item"),
  "cli.import.crosswalk": text("数据所用平台代码对照表，逗号分隔，如 guangxi-time-unit", "the platform code tables the data uses, comma-separated, e.g. guangxi-time-unit"),
  "cli.import.map": text("表头映射 JSON：表头 → 要素名称或属性路径，如 {\"办理对象\": \"服务对象\"}", "a JSON file mapping your headers to element titles or property paths"),
  "cli.export.to": text("输出格式：template（默认）| national（全国交换格式：按 -o 扩展名写 JSON、xlsx 或 csv）", "template (default) | national: the national layout as JSON, xlsx or csv (by -o)"),
  "cli.bundle": text("一件事清单：对照成员事项检查一件事", "bundle lists: check each bundle of items against its member items"),
  "cli.bundle.check": text(
    "对照实施清单中的成员事项检查每个一件事（成员、一套材料、时限、跑动次数、网办深度），并给出减少了多少",
    "check each bundle against its member items (members, one set of materials, time, visits, online depth) and show what it saves",
  ),
  "cli.bundle.bundles": text("一件事清单（kind 为 bundle 的 JSON）", "the bundle list (kind \"bundle\", JSON)"),
  "cli.bundle.lists": text("含成员事项的实施清单（JSON，可多份）", "implementation lists that hold the member items (JSON; several allowed)"),
  "cli.migrate": text("把目录迁移到标准的另一个主版本（如 --to v2）；目标版本容纳不了的要素被删除，并在 stderr 列出", "move a catalogue to another major of the standard (e.g. --to v2); what the target cannot hold is dropped and listed on stderr"),
  "cli.migrate.file": text("目录（JSON），其 schemaVersion 指明主版本", "catalogue (JSON) whose schemaVersion names its major"),
  "cli.import.schema": { "zh-CN": (p) => `结果所依的标准主版本：${p.majors}（默认取目录信息的标准版本，否则最新的 ${p.latest}）`, en: (p) => `the major the result follows: ${p.majors} (default: the workbook's own version, else the newest, ${p.latest})` },
  "cli.template.schema": { "zh-CN": (p) => `模板所依的标准主版本：${p.majors}（默认最新的 ${p.latest}）`, en: (p) => `the major whose layout the template has: ${p.majors} (default: the newest, ${p.latest})` },
  "cli.migrate.to": { "zh-CN": (p) => `目标主版本：${p.majors}`, en: (p) => `target major: ${p.majors}` },
  "cli.migrate.output": text("写入此文件，不写到 stdout", "write the migrated document here instead of stdout"),
  "cli.validate.quiet": text("不显示进度条", "no progress bar"),
  "cli.validate.max-issues": text("JSONL：报告最多列出的问题数，汇总照常计数（0 不限）", "JSONL: issues listed at most; the summary counts all (0 = no limit)"),

  // rules
  "cli.rules": text("列出校验规则与一致性规则：级别、理由与示例", "list the validation and conformance rules"),

  // region
  "cli.region": text("查询区划代码：名称、层级与上级区划", "look up a region code: name, level and parents"),
  "cli.region.code": text("6 位或 12 位区划代码", "6- or 12-digit region code"),

  // conform
  "cli.conform": text(
    "检查本级清单与上级清单是否一致；先校验输入，结构不合格的文档只报告、不比较",
    "check a list against the level above; inputs failing the schema are reported, not compared",
  ),
  "cli.conform.files": text("<上级> <本级>；用 --chain 时为整条链，上级在前", "<upper> <lower>, or with --chain the whole chain, upper first"),
  "cli.conform.chain": text("检查整条链：每个事项与其上方最近的、含该事项的清单比较", "check a chain: each item against the nearest list above that has it"),
  "cli.conform.policy": text("一致性策略 JSON：规则级别、关闭、按事项类型", "conformance policy JSON: rule severities, off, per item type"),
  "cli.conform.upper": text(
    "区域检查：上级清单（或文件夹），可重复；其后给出的每份清单与其上方最近的清单比较（四级四同）",
    "region run: an upper list (or folder), repeatable; every list given after it is checked against the nearest list above it",
  ),
  "cli.conform.jobs": text("区域检查的线程数（默认：CPU 核数）", "region run: threads that check lists (default: the number of cores)"),
  "cli.conform.quiet": text("区域检查：不显示进度条", "region run: no progress bar"),
  "cli.conform.regions": text("用区划库判断上下级区划关系", "use the region registry for parent links between regions"),

  // derive
  "cli.derive": text("由上级标准化清单生成本级实施清单草稿（先校验上级清单）", "draft a lower implementation list from an upper list"),
  "cli.derive.upper": text("上级标准化清单或实施清单（JSON）", "upper standard or implementation list (JSON)"),
  "cli.derive.region": text("本级 12 位区划代码", "12-digit region code of the lower level"),
  "cli.derive.agency-name": text("实施主体名称", "implementing agency"),
  "cli.derive.agency-code": text("实施主体的 18 位统一社会信用代码", "the agency's 18-character unified social credit code"),
  "cli.derive.agency-nature": text("实施主体性质：1 法定机关 | 2 授权组织 | 3 受委托组织 | 9 其他", "agency nature: 1 statutory | 2 authorised | 3 entrusted | 9 other"),
  "cli.derive.level": text("层级 2–6；默认由区划代码推出（须一致）", "level 2–6; by default implied by the region code"),
  "cli.derive.title": text("草稿清单的标题", "title of the drafted list"),
  "cli.derive.output": text("把草稿写入文件（默认写标准输出）", "write the draft here instead of stdout"),
  "cli.derive.after": text(
    "草稿留空办理地点、时间、咨询与投诉方式；待填的 JSON 指针列在 extensions.todo 中。",
    "The draft leaves location, hours, consultation and complaint to fill; see extensions.todo.",
  ),

  // diff
  "cli.diff": text("比较清单的两个批次：新增、取消、变更的事项与改革成效", "compare two batches of a list: added, removed, changed items, reform figures"),
  "cli.diff.old": text("较早的清单（JSON）", "the earlier list (JSON)"),
  "cli.diff.new": text("较新的清单（JSON）", "the later list (JSON)"),

  // schema-diff
  "cli.schema-diff": text("比较两个版本的 JSON Schema，给出应升的版本号", "compare two versions of the JSON Schemas and the semver bump"),
  "cli.schema-diff.old": text("旧模式文件或模式文件夹（如 schemas/v1/released）", "old schema file or folder (e.g. schemas/v1/released)"),
  "cli.schema-diff.new": text("新模式文件或模式文件夹（如 schemas/v1）", "new schema file or folder (e.g. schemas/v1)"),
  "cli.schema-diff.fail-on": text("所需升级达到 major | minor | patch 时退出码为 1", "exit 1 when the bump reaches major | minor | patch"),

  // import
  "cli.import": text("把按模板填写的表格（.xlsx 或 .csv）导入为清单", "import a spreadsheet (.xlsx or .csv) in the template's layout"),
  "cli.import.file": text(".xlsx 工作簿，或事项 .csv（旁边可有 out.materials.csv 等）；- 表示标准输入", ".xlsx workbook or the items .csv (with out.materials.csv …); - reads stdin"),
  "cli.import.output": text("要写入的清单 JSON", "the catalogue JSON to write"),
  "cli.import.report-output": text("把报告写入文件（不写标准输出）", "write the report to this file instead of stdout"),
  "cli.import.sheet": text("事项工作表名（不是“事项”时）", "the items sheet, when it is not 事项"),
  "cli.import.kind": text("清单类型：basic | standard | implementation（默认取目录信息）", "basic | standard | implementation (default: 目录信息)"),
  "cli.import.region": text("发布区划代码（覆盖目录信息）", "region code of the publisher (overrides 目录信息)"),
  "cli.import.level": text("发布层级，如 4 或 县级（默认由区划代码推出）", "level of the publisher, e.g. 4 or 县级 (default: from the region)"),
  "cli.import.publisher": text("发布机构（覆盖目录信息）", "publishing agency (overrides 目录信息)"),
  "cli.import.publisher-code": text("发布机构统一社会信用代码（覆盖目录信息）", "the publisher's credit code (overrides 目录信息)"),
  "cli.import.max-rows": text("每个工作表最多读取的行数", "rows read per sheet at most"),
  "cli.import.max-issues": text("报告最多列出的问题数，汇总照常计数（0 不限）", "issues listed in the report at most; the summary counts all (0 = no limit)"),
  "cli.import.force": text("即使有错误也写入清单", "write the catalogue even when errors were found"),

  // export
  "cli.export": text("把清单导出为按模板排版的 .xlsx 或 CSV", "export a list as .xlsx or CSV in the template's layout"),
  "cli.export.catalogue": text("清单 JSON 文件", "catalogue JSON file"),
  "cli.export.output": text("out.xlsx，或 out.csv（另写 out.info.csv、out.materials.csv 等）", "out.xlsx, or out.csv (also out.info.csv, out.materials.csv …)"),

  // template
  "cli.template": text("写出空白导入模板：表头批注、下拉选项、冻结表头", "write the empty import template: notes, dropdowns, frozen header"),
  "cli.template.output": text("template.xlsx（或 template.csv，仅表头）", "template.xlsx (or template.csv for bare headers)"),
  "cli.template.kind": text("清单类型：basic | standard | implementation", "basic | standard | implementation"),
} satisfies Record<string, Entry>;
