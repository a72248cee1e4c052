/**
 * region-code-unknown: with a region registry, the catalogue's own region and its upper region are
 * real 统计用区划代码. Not in `rules`: it needs a registry, so validate() runs it only when given one.
 */
import { validationMessage } from "../i18n/messages.js";
import type { Locale } from "../i18n/locale.js";
import type { RegionRegistry } from "../regions/region-registry.js";
import type { Issue } from "../report/issue.js";
import type { Data, Rule } from "./rule.js";

/** The rule's catalogue entry (id, severity, rationale); the check is checkRegionCodes. */
export const regionCodeUnknown: Rule = {
  id: "region-code-unknown",
  severity: "warning",
  title: { "zh-CN": "区划代码在区划库中", en: "Region codes exist in the region registry" },
  rationale: {
    "zh-CN": "格式正确的12位代码仍可能不对应任何区划（录入错误，或区划已撤并）。国家统计局发布的统计用区划代码收录了全部实有区划；因区划库可能滞后于最近的区划调整，仅作警告。",
    en: "A well-formed 12-digit code may still name no region (a typo, or a region merged away). The 统计用区划代码 published by 国家统计局 lists every real one; a warning, since the registry may lag a recent 区划调整.",
  },
  example: '"region": { "code": "329900000000", "level": "3" } (Jiangsu has no city 3299)',
};

/** The code of the nation: valid, but not a region of the registry. */
const NATION = "000000000000";

/** The region-code fields of a catalogue header that name a region. */
const FIELDS: readonly (readonly [path: string, read: (c: Data) => unknown])[] = [
  ["/region/code", (c) => c.region?.code],
  ["/upper/regionCode", (c) => c.upper?.regionCode],
];

/** Warns on each well-formed region code of a catalogue that the registry does not know. */
export function checkRegionCodes(catalogue: unknown, registry: RegionRegistry, locale: Locale = "zh-CN"): Issue[] {
  if (typeof catalogue !== "object" || catalogue === null) return [];
  const issues: Issue[] = [];
  for (const [path, read] of FIELDS) {
    const code = read(catalogue as Data);
    // Malformed codes are the schema's finding; the nation is not in the registry by design.
    if (typeof code !== "string" || !/^\d{12}$/.test(code) || code === NATION || registry.region(code)) continue;
    issues.push({
      rule: regionCodeUnknown.id,
      severity: regionCodeUnknown.severity,
      path,
      message: validationMessage("region-code-unknown", locale, { code }),
    });
  }
  return issues;
}
