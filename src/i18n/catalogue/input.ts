/** Messages of unreadable input (the CLI's one-line exit-2 answers), in both languages. */
import type { Entry } from "../entry.js";

/** Messages about input files that cannot be read. */
export const inputMessages = {
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
  "input.malformed-json": { "zh-CN": (p) => `JSON 格式错误：${p.zh}`, en: (p) => `malformed JSON: ${p.en}` },
} satisfies Record<string, Entry>;
