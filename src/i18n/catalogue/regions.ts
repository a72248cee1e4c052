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
}));
