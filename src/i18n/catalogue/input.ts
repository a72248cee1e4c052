/** Messages of unreadable input (the CLI's one-line exit-2 answers), in both languages. */
import { catalogueArea } from "../entry.js";

/** Messages about input files that cannot be read. */
export const inputMessages = /* @__PURE__ */ catalogueArea(() => ({
  "input.no-such-file": { "zh-CN": () => "文件不存在", en: () => "no such file" },
  "input.directory": { "zh-CN": () => "这是文件夹，不是文件", en: () => "is a directory, not a file" },
  "input.symlink-loop": { "zh-CN": () => "符号链接形成循环，无法打开", en: () => "symbolic links form a loop" },
  "input.no-permission": { "zh-CN": () => "没有读取权限", en: () => "permission denied" },
  "input.read-limit": {
    "zh-CN": (p) => `读取超过 ${p.limit} 上限后停止（设备、管道或不断增长的文件？）`,
    en: (p) => `stopped after reading more than the ${p.limit} limit (a device, a pipe or a growing file?)`,
  },
  "input.file-shrank": {
    "zh-CN": (p) => `读取时文件被截短（开始时 ${p.expected} 字节，只读到 ${p.read} 字节）`,
    en: (p) => `the file shrank while it was read (${p.expected} bytes at the start, ${p.read} read)`,
  },
  "input.not-regular": {
    "zh-CN": () => "不是普通文件（管道或设备）；.xlsx 须为磁盘上的文件",
    en: () => "not a regular file (a pipe or device); an .xlsx must be a file on disk",
  },
  "input.no-command": {
    "zh-CN": () => "缺少命令；运行 zwfw --help 查看命令列表",
    en: () => "no command given; run zwfw --help for the list of commands",
  },
  "input.malformed-csv": { "zh-CN": (p) => `CSV 格式错误：${p.reason}`, en: (p) => `malformed CSV: ${p.reason}` },
  // The two CSV errors our parser options can raise, worded here; any other keeps the parser's own (English) reason.
  "input.csv-quote-not-closed": {
    "zh-CN": () => "CSV 格式错误：此行开始的带引号单元格到文件末尾仍未闭合（缺少结束引号）",
    en: () => "malformed CSV: a quoted cell that starts on this line is never closed (missing closing quote)",
  },
  "input.csv-closing-quote": {
    "zh-CN": (p) => `CSV 格式错误：结束引号后紧跟「${p.char}」，应为逗号或换行（单元格内的引号须写成两个 ""）`,
    en: (p) => `malformed CSV: "${p.char}" right after a closing quote, where a comma or line break must follow (a quote inside a cell is written "")`,
  },
  "input.too-large": {
    "zh-CN": (p) => `${p.mb} MB 过大，无法整体读取；请改用 JSONL（每行一个事项），可流式校验`,
    en: (p) => `${p.mb} MB is too large to read whole; use JSONL (one item per line), which streams`,
  },
  "input.gzip-bomb": { "zh-CN": (p) => `解压后超过 ${p.mb} MB（疑似压缩炸弹）`, en: (p) => `inflates beyond ${p.mb} MB (gzip bomb?)` },
  "input.bad-gzip": { "zh-CN": () => "不是有效的 gzip 文件", en: () => "not a valid gzip file" },
  "input.not-utf8": {
    "zh-CN": () => "不是 UTF-8 编码（请另存为 UTF-8；不接受 GBK/GB18030）",
    en: () => "not valid UTF-8; save the file as UTF-8, GBK/GB18030 is not accepted",
  },
  "input.too-deep": { "zh-CN": () => "JSON 嵌套过深，无法读取", en: () => "JSON nests too deeply to read" },
  "input.mixed-majors": {
    "zh-CN": (p) => `${p.first} 为 ${p.firstMajor}，${p.second} 为 ${p.secondMajor}，不同主版本的文档不能比较；请先将 ${p.older} 迁移到 ${p.to}`,
    en: (p) => `${p.first} is ${p.firstMajor} and ${p.second} is ${p.secondMajor}: documents of two majors cannot be compared; migrate ${p.older} to ${p.to} first`,
  },
  "migrate.unknown-major": {
    "zh-CN": (p) => `--to 不是本标准的主版本："${p.major}"（可选：${p.known}）`,
    en: (p) => `--to is not a major of the standard: "${p.major}" (known: ${p.known})`,
  },
  "migrate.no-version": {
    "zh-CN": () => "schemaVersion 不属于本标准的任何主版本，无法判断从哪个版本迁移",
    en: () => "its schemaVersion names no major of the standard, so there is nothing to migrate from",
  },
  "migrate.dropped": {
    "zh-CN": (p) => `已删除 ${p.path}：${p.to} 没有该要素`,
    en: (p) => `dropped ${p.path}: ${p.to} has no such element`,
  },
  "input.malformed-json": { "zh-CN": (p) => `JSON 格式错误：${p.reason}`, en: (p) => `malformed JSON: ${p.reason}` },
  "input.utf8-truncated": { "zh-CN": () => "不是 UTF-8 编码：文件在一个字符中间结束", en: () => "not valid UTF-8: the file ends inside a character" },
  "input.line-too-long": { "zh-CN": (p) => `该行超过 ${p.max} 字节；JSONL 须每行一个事项`, en: (p) => `line is longer than ${p.max} bytes; JSONL needs one item per line` },
  "input.inflate-limit": {
    "zh-CN": (p) => `解压后超过 ${p.limit}（疑似压缩炸弹）；可设 ZWFW_MAX_INFLATE_BYTES 放宽`,
    en: (p) => `inflates beyond ${p.limit} (gzip bomb?); set ZWFW_MAX_INFLATE_BYTES to allow more`,
  },
  "input.item-too-large": {
    "zh-CN": (p) => `${p.part === "document" ? "文档" : p.part === "item" ? `第 ${p.index} 个事项` : `"${p.key}"`}超过 ${p.limit}，无法在有限内存中校验`,
    en: (p) => `${p.part === "document" ? "the document" : p.part === "item" ? `item ${p.index}` : `"${p.key}"`} is larger than ${p.limit}; it cannot be validated in bounded memory`,
  },
  "input.system-error": { "zh-CN": (p) => `无法读取（${p.code}）`, en: (p) => `cannot be read (${p.code})` },
}));
