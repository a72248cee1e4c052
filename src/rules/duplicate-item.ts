import { pointer } from "../internal/json-pointer.js";
import { majorOfDocument } from "../schema/majors.js";
import { claimDuplicateKey, claimedKeysInMaps, duplicateKeyOf, type CatalogueKind } from "./item-kind.js";
import { NO_FINDINGS, type Data, type Finding, type Rule } from "./rule.js";

/**
 * Remembers the items seen so far and reports a repeat; shared by the in-memory rule and streaming
 * validation, so both agree on what a duplicate is.
 */
export class DuplicateTracker {
  // One set of claimed keys per 事项版本: the same code in another version is the item's history, not a duplicate.
  private readonly seen = new Map<number | undefined, ReturnType<typeof claimedKeysInMaps<string>>>();
  /** `wholeBesideHandlingItems`: the major's reading of an item listed whole beside its 业务办理项 (see Major). */
  constructor(private readonly kind: CatalogueKind, private readonly wholeBesideHandlingItems = false) {}

  /**
   * Records an item at `itemPath` and returns the finding when its key was seen before in the same
   * 事项版本; `label` names the place in messages (a JSON Pointer, or "line 12" when streaming).
   */
  add(item: Data, itemPath: string, label = itemPath): Finding | undefined {
    const keyed = duplicateKeyOf(item, this.kind);
    if (!keyed) return undefined;
    const version = versionOf(item);
    let seen = this.seen.get(version);
    if (!seen) this.seen.set(version, (seen = claimedKeysInMaps<string>()));
    const first = claimDuplicateKey(seen, keyed.key, keyed.field, label, this.wholeBesideHandlingItems);
    return first === undefined ? undefined : { path: pointer(itemPath, keyed.field), params: { key: keyed.key, first } };
  }
}

/** An item's 事项版本, or undefined when it names none. */
export const versionOf = (item: Data): number | undefined => (Number.isInteger(item.itemVersion) ? (item.itemVersion as number) : undefined);

/** duplicate-item: an item appears once per catalogue (once per 事项版本 where items carry one). */
export const duplicateItem: Rule = {
  id: "duplicate-item",
  severity: "error",
  title: { "zh-CN": "事项不重复", en: "No duplicate items" },
  rationale: {
    "zh-CN": "基本编码在基本目录中标识一个事项，实施编码（或业务办理项编码）在实施清单中标识一个事项；编码重复即同一事项有两个版本，下级无法判断哪一个是标准。",
    en: "The 基本编码 identifies an item in a basic catalogue and the 实施编码 (or 业务办理项编码) in an implementation list; a repeat means two versions of one item, and the lower levels cannot tell which one is the standard.",
  },
  example: "two items with the same implementationCode (and the same itemVersion); or, in a 1.x list, one listed whole and again split into handling items",
  checkCatalogue(catalogue) {
    if (!Array.isArray(catalogue.items)) return NO_FINDINGS;
    const tracker = new DuplicateTracker(catalogue.kind, majorOfDocument(catalogue)?.wholeBesideHandlingItems ?? false);
    const findings: Finding[] = [];
    catalogue.items.forEach((item: Data, i: number) => {
      if (typeof item !== "object" || item === null) return;
      const finding = tracker.add(item, pointer("/items", i));
      if (finding) findings.push(finding);
    });
    return findings;
  },
};
