/** Words of the `zwfw region` command (one area of the catalogue). */
import { catalogueArea } from "../entry.js";

/** Messages of the region registry and its CLI command. */
export const regionsMessages = /* @__PURE__ */ catalogueArea(() => ({
  "region.level": { "zh-CN": (p) => `层级：${p.level} ${p.label}`, en: (p) => `level: ${p.level} ${p.label}` },
  "region.parents": { "zh-CN": (p) => `上级：${p.chain}`, en: (p) => `parents: ${p.chain}` },
  "region.parents.none": { "zh-CN": () => "上级：无（省级）", en: () => "parents: none (a province)" },
  "region.source": {
    "zh-CN": (p) => `数据：${p.package} ${p.version}，${p.dataset}（截至 ${p.validAt}）`,
    en: (p) => `data: ${p.package} ${p.version}, ${p.dataset} (as of ${p.validAt})`,
  },
  "region.malformed": {
    "zh-CN": (p) => `区划代码应为 6 位或 12 位数字（收到 "${p.code}"）`,
    en: (p) => `a region code has 6 or 12 digits (got "${p.code}")`,
  },
  "region.code-or-name": {
    "zh-CN": () => "请给出区划代码或 --name <名称>（二者选一）",
    en: () => "give a region code or --name <name> (one of the two)",
  },
  "region.name-unknown": {
    "zh-CN": (p) => `区划库中没有名为“${p.name}”或以其开头的区划`,
    en: (p) => `no region in the registry is named "${p.name}" or has a name starting with it`,
  },
  "region.name-prefix": {
    "zh-CN": (p) => `名称以“${p.name}”开头的区划（${p.count} 个）：`,
    en: (p) => `regions whose name starts with "${p.name}" (${p.count}):`,
  },
  "region.name-more": {
    "zh-CN": (p) => `……另有 ${p.count} 个（--report json 列出全部）`,
    en: (p) => `… ${p.count} more (--report json lists all)`,
  },
}));
