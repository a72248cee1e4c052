import { isWithinRegion } from "../../identifiers/region-code.js";
import type { RegionRegistry } from "../../regions/region-registry.js";
import type { ConformanceRule } from "../conformance-rule.js";

/**
 * Whether `inner` lies in `outer`: by the registry's real parent links when it knows `inner`
 * (province-governed counties and development zones break the code structure), else by code structure.
 */
export function regionWithin(inner: string, outer: string, registry?: RegionRegistry): boolean {
  if (inner === outer || /^0{12}$/.test(outer)) return true;
  const known = registry?.region(inner);
  if (known) return registry!.parents(inner).some((p) => p.code === outer);
  return isWithinRegion(inner, outer);
}

/** region-not-within-upper: the lower region lies inside the upper region. */
export const regionNotWithinUpper: ConformanceRule = {
  id: "region-not-within-upper",
  severity: "error",
  title: { "zh-CN": "本级区划在上级区划之内", en: "Lower region lies inside the upper region" },
  rationale: {
    "zh-CN": "各级只从包含本区划的上级区划的目录中认领事项（逐级认领，domain-standard §7.1）；与其他省或市的清单比对，不能证明本级是否符合其自身的标准。",
    en: "A level claims items only from the catalogue of the region that contains it (逐级认领, domain-standard §7.1); a list checked against another province's or city's list proves nothing about its own standard.",
  },
  example: 'upper "region": { "code": "320500000000" }, lower "region": { "code": "320608000000" }',
  paths: 'path "/region/code" in the lower document, upperPath "/region/code".',
  checkDocuments(upper, lower, context) {
    const u = upper.region?.code;
    const l = lower.region?.code;
    if (typeof u !== "string" || typeof l !== "string" || !/^\d{12}$/.test(u) || !/^\d{12}$/.test(l)) return [];
    return regionWithin(l, u, context.registry) ? [] : [{ path: "/region/code", upperPath: "/region/code", params: { upper: u, lower: l } }];
  },
};
