/** The result shapes of the catalogue diff. */

/** One difference inside a matched item. `path` is a JSON Pointer into the new item (the old one for removals). */
export interface ItemChange {
  path: string;
  kind: "added" | "removed" | "changed";
  before?: unknown;
  after?: unknown;
}

/** An item by its key (handlingItemCode, else implementationCode, else basicCode) and name. */
export interface ItemRef {
  key: string;
  name: string;
}

/** A matched item whose content differs. */
export interface ChangedItem extends ItemRef {
  changes: ItemChange[];
}

/**
 * One reform figure before and after. `change` is (after − before) / before × 100, rounded to one
 * decimal (for a share too: a relative change, not percentage points); null when before is 0 or
 * either side is null. `notApplicable` marks a figure the documents' major cannot hold (v1 has no
 * 免提交 or 网上办理能力): its values are null, never a misleading 0.
 */
export interface Metric {
  before: number | null;
  after: number | null;
  change: number | null;
  notApplicable?: true;
}

/** The reform figures of a set of items. */
export interface MetricSet {
  /** Number of items. */
  items: Metric;
  /** Sum of the promised time limits given in working days (calendar-day promises are not converted). */
  promisedWorkingDays: Metric;
  /** promisedWorkingDays / items promised in working days, rounded to 2 decimals; null without such items. */
  averagePromisedWorkingDays: Metric;
  /** Materials whose necessity is "required" (optional and deferrable 容缺后补 ones are not counted). */
  requiredMaterials: Metric;
  /**
   * 免提交率: materials whose 是否可免提交 (exemptible) is true, as a percentage of all materials of all
   * items, rounded to 1 decimal; null without materials; not applicable to a major without the element.
   */
  exemptMaterialShare: Metric;
  /** Items with visits = 0 (零跑动). */
  zeroVisitItems: Metric;
  /** Items at online depth 4 (全程网办). */
  onlineDepth4Items: Metric;
  /**
   * 网上办理能力 over all items: the number of distinct capability codes (1–8) each item lists, summed;
   * not applicable to a major without the element.
   */
  onlineCapabilities: Metric;
  /**
   * Online services switched on over all items: the item's 是否… online-service flags (是否网办,
   * 是否支持预约办理, …: the major's onlineServiceFlags) that are true, summed; an absent flag is off.
   */
  onlineServicesOn: Metric;
  /** Fee items over all items. */
  feeItems: Metric;
}

/** Reform figures over the whole catalogues and over the items present in both. */
export interface CatalogueMetrics {
  all: MetricSet;
  matched: MetricSet;
}

/** The result of diffCatalogues. */
export interface CatalogueDiff {
  summary: { added: number; removed: number; changed: number; unchanged: number };
  added: ItemRef[];
  removed: ItemRef[];
  changed: ChangedItem[];
  metrics: CatalogueMetrics;
}

/** A catalogue that cannot be diffed: not a catalogue, an item without a key, a duplicate key, different kinds. */
export class CatalogueDiffError extends Error {
  override name = "CatalogueDiffError";
}
