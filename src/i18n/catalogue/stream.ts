/** Words of the streaming progress bar, in both languages. */
import { catalogueArea } from "../entry.js";

/** Messages of streaming validation (the progress bar on stderr). */
export const streamMessages = /* @__PURE__ */ catalogueArea(() => ({
  "progress.line": {
    "zh-CN": (p) => `${p.read} / ${p.total} · ${p.rate} 条/秒 · ${p.items} 个事项 · ${p.issues} 个问题 · 剩余 ${p.eta}`,
    en: (p) => `${p.read} / ${p.total} · ${p.rate} records/s · ${p.items} items · ${p.issues} issues · ${p.eta} left`,
  },
}));
