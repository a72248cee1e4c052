import type { ConformanceRule } from "../conformance-rule.js";
import { textOf } from "../../internal/shown.js";

/** not-in-upper: every lower item is an item of a catalogue above (清单之外一律不得实施). */
export const notInUpper: ConformanceRule = {
  id: "not-in-upper",
  severity: "error",
  title: { "zh-CN": "事项在上级目录之内", en: "Item is in the upper catalogue" },
  rationale: {
    "zh-CN": "清单之外一律不得违法实施行政许可（国办发〔2022〕2号，domain-standard §7.1）：下级从上级目录认领事项，不得自行增设；基本编码在上级目录中不存在的事项，即清单之外的事项。",
    en: "清单之外一律不得违法实施行政许可 (国办发〔2022〕2号, domain-standard §7.1): a lower level claims items from the catalogue above and may not invent its own; an unknown basic code is an item outside the list.",
  },
  example: 'lower item "basicCode": "000199001000", absent from the upper catalogue',
  paths: 'path "/items/i/basicCode" in the lower document; no upperPath (nothing above matches).',
  checkUnmatched(lower) {
    return [{ path: "/basicCode", params: { code: textOf(lower.basicCode ?? ""), name: textOf(lower.name ?? "") } }];
  },
};
