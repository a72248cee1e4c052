/** Messages of unreadable input (the CLI's one-line exit-2 answers), in both languages. */
import { catalogueArea } from "../entry.js";

/** Messages about input files that cannot be read. */
export const inputMessages = /* @__PURE__ */ catalogueArea(() => ({
  "input.no-such-file": { "zh-CN": () => "文件不存在", en: () => "no such file" },
  "input.directory": { "zh-CN": () => "这是文件夹，不是文件", en: () => "is a directory, not a file" },
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
}));
