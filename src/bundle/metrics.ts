/** What a bundle saves: its members one by one (before) against the bundle (after). */
import type { Data } from "../rules/rule.js";
import type { ResolvedMember } from "./bundle-rule.js";
import { foundMembers, memberTimeSum, mustSubmit, objectsOf, promisedOf, requiredInReach } from "./member-facts.js";
import type { BundleFigure, BundleMetrics } from "./types.js";

/** The department a member is handled by: its agency's credit code, else its name. */
const departmentOf = (item: Data): string | undefined => {
  const key = item.agency?.creditCode ?? item.agency?.name ?? item.department;
  return typeof key === "string" && key !== "" ? key : undefined;
};

/** A sum over the members, or null when one of them does not give the figure. */
function sumOf(values: readonly unknown[]): number | null {
  return values.every((v) => typeof v === "number") ? (values as number[]).reduce((a, b) => a + b, 0) : null;
}

/**
 * The reform figures of one bundle over the members found in the implementation lists: materials to
 * submit (required and not 免提交, in the situations the bundle reaches), visits, promised time (one
 * unit only, else before is null), departments and forms.
 */
export function bundleMetrics(bundle: Data, members: readonly ResolvedMember[]): BundleMetrics {
  const items = foundMembers(members).map((m) => m.item);
  const own = promisedOf(bundle);
  const sum = memberTimeSum(items);
  const departments = new Set(items.flatMap((i) => departmentOf(i) ?? []));
  return {
    materials: {
      before: items.reduce((n, item) => n + requiredInReach(bundle, item).filter(([, m]) => mustSubmit(m)).length, 0),
      after: objectsOf(bundle.materials).filter(([, m]) => mustSubmit(m)).length,
    },
    visits: { before: sumOf(items.map((i) => i.visits)), after: typeof bundle.visits === "number" ? bundle.visits : null },
    time: {
      before: typeof sum === "object" && (!own || own.unit === sum.unit) ? sum.value : null,
      after: own ? own.value : null,
    },
    departments: { before: departments.size, after: 1 },
    forms: { before: items.length, after: 1 },
  };
}

/** The figures in report order. */
export const BUNDLE_METRIC_KEYS = ["materials", "visits", "time", "departments", "forms"] as const satisfies readonly (keyof BundleMetrics)[];

/** The cut in % ((before − after) / before × 100, one decimal; negative when the bundle asks for more); null when before is 0 or a side is unknown. */
export function cutPercent(figure: BundleFigure): number | null {
  if (figure.before === null || figure.after === null || figure.before === 0) return null;
  // "+ 0" turns -0 into 0.
  return Math.round(((figure.before - figure.after) / figure.before) * 1000) / 10 + 0;
}
