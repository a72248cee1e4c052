/** The reform figures (改革成效): time limits, materials, visits, online depth and fees, before and after. */
import type { Metric, MetricSet } from "./types.js";

type Item = Record<string, any>;
type Figures = Record<keyof MetricSet, number | null>;

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The figures of a list of items (missing fields count as absent, so partial documents still diff). */
export function figuresOf(items: readonly Item[]): Figures {
  const working = items.filter((i) => i?.timeLimit?.promised?.unit === "working_day" && typeof i.timeLimit.promised.value === "number");
  const promised = working.reduce((sum, i) => sum + (i.timeLimit.promised.value as number), 0);
  const materials = (i: Item) => (Array.isArray(i?.materials) ? (i.materials as Item[]) : []);
  const fees = (i: Item) => (Array.isArray(i?.fees?.items) ? (i.fees.items as unknown[]).length : 0);
  return {
    items: items.length,
    promisedWorkingDays: promised,
    averagePromisedWorkingDays: working.length === 0 ? null : promised / working.length,
    requiredMaterials: items.reduce((sum, i) => sum + materials(i).filter((m) => m?.necessity === "required").length, 0),
    zeroVisitItems: items.filter((i) => i?.visits === 0).length,
    onlineDepth4Items: items.filter((i) => i?.onlineDepth === 4).length,
    feeItems: items.reduce((sum, i) => sum + fees(i), 0),
  };
}

/** (after − before) / before × 100, rounded to 1 decimal, from the unrounded figures; null when before is 0 or unknown. */
export function percentChange(before: number | null, after: number | null): number | null {
  if (before === null || after === null || before === 0) return null;
  // "+ 0" turns -0 (a tiny decrease rounded away) into 0.
  return round(((after - before) / before) * 100, 1) + 0;
}

/** Before/after figures as metrics (averages rounded to 2 decimals for display). */
export function metricSet(before: Figures, after: Figures): MetricSet {
  const metric = (key: keyof MetricSet): Metric => {
    const shown = (v: number | null) => (v === null ? null : key === "averagePromisedWorkingDays" ? round(v, 2) : v);
    return { before: shown(before[key]), after: shown(after[key]), change: percentChange(before[key], after[key]) };
  };
  const keys = Object.keys(before) as (keyof MetricSet)[];
  return Object.fromEntries(keys.map((k) => [k, metric(k)])) as unknown as MetricSet;
}
