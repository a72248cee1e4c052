/** The reform figures (改革成效): time limits, materials, visits, online service and fees, before and after. */
import type { Major } from "../../schema/major.js";
import type { Metric, MetricSet } from "./types.js";

type Item = Record<string, any>;
type Figures = Record<keyof MetricSet, number | null>;

/** The figures that read elements an older major lacks, each with the test of whether a major has them. */
const NEEDS: Partial<Record<keyof MetricSet, (major: Major) => boolean>> = {
  exemptMaterialShare: (major) => major.exemptibleMaterials,
  onlineCapabilities: (major) => major.onlineCapabilities,
  onlineServicesOn: (major) => Object.keys(major.onlineServiceFlags).length > 0,
};

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The figures of a list of items of `major` (missing fields count as absent, so partial documents still diff). */
export function figuresOf(items: readonly Item[], major: Major): Figures {
  const working = items.filter((i) => i?.timeLimit?.promised?.unit === "working_day" && typeof i.timeLimit.promised.value === "number");
  const promised = working.reduce((sum, i) => sum + (i.timeLimit.promised.value as number), 0);
  const materials = (i: Item) => (Array.isArray(i?.materials) ? (i.materials as Item[]) : []);
  const allMaterials = items.flatMap(materials);
  const fees = (i: Item) => (Array.isArray(i?.fees?.items) ? (i.fees.items as unknown[]).length : 0);
  // A malformed list may repeat a code; the schema forbids it (uniqueItems), so each code counts once.
  const capabilities = (i: Item) => (Array.isArray(i?.onlineCapabilities) ? new Set(i.onlineCapabilities as unknown[]).size : 0);
  const flagsOn = (i: Item) => Object.keys(major.onlineServiceFlags).filter((flag) => i?.[flag] === true).length;
  return {
    items: items.length,
    promisedWorkingDays: promised,
    averagePromisedWorkingDays: working.length === 0 ? null : promised / working.length,
    requiredMaterials: allMaterials.filter((m) => m?.necessity === "required").length,
    exemptMaterialShare: allMaterials.length === 0 ? null : (allMaterials.filter((m) => m?.exemptible === true).length / allMaterials.length) * 100,
    zeroVisitItems: items.filter((i) => i?.visits === 0).length,
    onlineDepth4Items: items.filter((i) => i?.onlineDepth === 4).length,
    onlineCapabilities: items.reduce((sum, i) => sum + capabilities(i), 0),
    onlineServicesOn: items.reduce((sum, i) => sum + flagsOn(i), 0),
    feeItems: items.reduce((sum, i) => sum + fees(i), 0),
  };
}

/** (after − before) / before × 100, rounded to 1 decimal, from the unrounded figures; null when before is 0 or unknown. */
export function percentChange(before: number | null, after: number | null): number | null {
  if (before === null || after === null || before === 0) return null;
  // "+ 0" turns -0 (a tiny decrease rounded away) into 0.
  return round(((after - before) / before) * 100, 1) + 0;
}

/** Digits a figure is shown with: averages 2, shares (percentages) 1, counts as they are. */
const DIGITS: Partial<Record<keyof MetricSet, number>> = { averagePromisedWorkingDays: 2, exemptMaterialShare: 1 };

/** Before/after figures of `major` as metrics; a figure whose elements the major lacks is not applicable (not 0). */
export function metricSet(before: Figures, after: Figures, major: Major): MetricSet {
  const metric = (key: keyof MetricSet): Metric => {
    if (NEEDS[key]?.(major) === false) return { before: null, after: null, change: null, notApplicable: true };
    const digits = DIGITS[key];
    const shown = (v: number | null) => (v === null || digits === undefined ? v : round(v, digits));
    return { before: shown(before[key]), after: shown(after[key]), change: percentChange(before[key], after[key]) };
  };
  const keys = Object.keys(before) as (keyof MetricSet)[];
  return Object.fromEntries(keys.map((k) => [k, metric(k)])) as unknown as MetricSet;
}
