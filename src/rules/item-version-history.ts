import { pointer } from "../internal/json-pointer.js";
import { duplicateKeyOf } from "./item-kind.js";
import { versionOf } from "./duplicate-item.js";
import { NO_FINDINGS, type Data, type Finding, type Rule } from "./rule.js";

/**
 * item-version-history: the same item code in several 事项版本 is the item's history (an item API
 * returns every version it holds), noted once per later version; duplicate-item leaves it alone.
 */
export const itemVersionHistory: Rule = {
  id: "item-version-history",
  severity: "info",
  title: { "zh-CN": "同一事项的多个版本", en: "Several versions of one item" },
  rationale: {
    "zh-CN": "事项版本（task_version）随事项的每次变更递增，事项接口常同时返回一个事项的多个版本；同一编码在不同版本中出现是该事项的版本历史，不是重复事项，但使用者应知道清单中含有历史版本。",
    en: "The 事项版本 (task_version) grows with every change of an item, and item APIs often return several versions of one item; the same code in different versions is the item's history, not a duplicate, but users should know the list holds past versions.",
  },
  example: "two items with the same implementationCode and itemVersion 7 and 8",
  checkCatalogue(catalogue) {
    if (!Array.isArray(catalogue.items)) return NO_FINDINGS;
    const keyed = catalogue.items.map((item: Data) => (typeof item === "object" && item !== null ? duplicateKeyOf(item, catalogue.kind) : undefined));
    const versions = new Map<string, Set<number>>();
    catalogue.items.forEach((item: Data, i: number) => {
      const version = keyed[i] && versionOf(item);
      if (version !== undefined) versions.set(keyed[i]!.key, (versions.get(keyed[i]!.key) ?? new Set()).add(version));
    });
    const findings: Finding[] = [];
    const seen = new Map<string, Set<number>>();
    catalogue.items.forEach((item: Data, i: number) => {
      const key = keyed[i]?.key;
      const version = key === undefined ? undefined : versionOf(item);
      if (key === undefined || version === undefined) return;
      const earlier = seen.get(key) ?? new Set<number>();
      // A later version than one seen before; the same version again is duplicate-item's.
      if (earlier.size > 0 && !earlier.has(version)) {
        const all = [...versions.get(key)!].sort((a, b) => a - b).join(",");
        findings.push({ path: pointer("/items", i, keyed[i]!.field), params: { code: key, version, versions: all } });
      }
      seen.set(key, earlier.add(version));
    });
    return findings;
  },
};
