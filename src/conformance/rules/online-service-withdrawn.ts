import { majors } from "../../schema/majors.js";
import type { ConformanceRule } from "../conformance-rule.js";

/**
 * Every major's 是否… online-service flags with their Chinese titles (a major without such flags has items that never
 * carry them); built on first use, so importing the rule keeps no validator alive (tree-shaking).
 */
let flags: readonly (readonly [string, string])[] | undefined;
// Kept as [flag, title] pairs (deduplicated through a Map): read for every item pair, so not copied per pair.
const flagTitles = () => (flags ??= [...new Map(majors.flatMap((m) => Object.entries(m.onlineServiceFlags)))]);

/** online-service-withdrawn: an online-service flag that is on above is not off below. */
export const onlineServiceWithdrawn: ConformanceRule = {
  id: "online-service-withdrawn",
  severity: "warning",
  title: { "zh-CN": "不关闭上级提供的网上服务", en: "Online services offered above stay on" },
  rationale: {
    "zh-CN": "是否网办、是否支持预约办理、网上支付、物流快递、自助终端办理、是否进驻政务服务大厅等服务能力，上级为「是」而下级为「否」，申请人在本级就得不到上级标准承诺的服务（domain-standard §7.4 的 R7，少跑腿）。可能有本地技术原因，因此仅作警告；只比对两级都给出的标志。",
    en: "When an online-service flag (是否网办, appointments, online payment, express delivery, self-service terminals, 是否进驻政务服务大厅) is true above and false below, applicants here lose a service the upper standard promises (R7 in domain-standard §7.4, 少跑腿). It can have local technical causes, hence a warning; only flags both levels give are compared.",
  },
  example: 'upper "onlinePayment": true, lower "onlinePayment": false',
  paths: 'path "/items/i/<flag>", upperPath "/items/j/<flag>", e.g. "/items/0/onlinePayment".',
  standardFields: true,
  checkPair(upper, lower) {
    return flagTitles().filter(([flag]) => upper[flag] === true && lower[flag] === false)
      .map(([flag, title]) => ({ path: `/${flag}`, upperPath: `/${flag}`, params: { flag, title } }));
  },
};
