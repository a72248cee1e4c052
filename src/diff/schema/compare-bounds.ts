/** Numeric, length, item-count and property-count bounds: a tighter bound narrows, a looser one widens. */
import type { ChangeId } from "./change-ids.js";
import type { Pair } from "./compare-node.js";

/** A bound keyword: upper or lower, its value when absent, and the ids of tightening and loosening it. */
interface Bound {
  keyword: string;
  upper: boolean;
  absent: number;
  tightened: ChangeId;
  loosened: ChangeId;
}

const upper = (keyword: string, tightened: ChangeId, loosened: ChangeId): Bound => ({ keyword, upper: true, absent: Infinity, tightened, loosened });
const lower = (keyword: string, tightened: ChangeId, loosened: ChangeId, absent = -Infinity): Bound => ({ keyword, upper: false, absent, tightened, loosened });

/** Every bound keyword. An absent count minimum equals 0, so adding `minLength: 0` is no change. */
const BOUNDS: readonly Bound[] = [
  /* @__PURE__ */ upper("maximum", "maximum-decreased", "maximum-increased"),
  /* @__PURE__ */ lower("minimum", "minimum-increased", "minimum-decreased"),
  /* @__PURE__ */ upper("exclusiveMaximum", "exclusive-maximum-decreased", "exclusive-maximum-increased"),
  /* @__PURE__ */ lower("exclusiveMinimum", "exclusive-minimum-increased", "exclusive-minimum-decreased"),
  /* @__PURE__ */ upper("maxLength", "max-length-decreased", "max-length-increased"),
  /* @__PURE__ */ lower("minLength", "min-length-increased", "min-length-decreased", 0),
  /* @__PURE__ */ upper("maxItems", "max-items-decreased", "max-items-increased"),
  /* @__PURE__ */ lower("minItems", "min-items-increased", "min-items-decreased", 0),
  /* @__PURE__ */ upper("maxProperties", "max-properties-decreased", "max-properties-increased"),
  /* @__PURE__ */ lower("minProperties", "min-properties-increased", "min-properties-decreased", 0),
];

/** Compares every bound keyword of a pair. */
export function compareBounds({ ctx, n, os, ns }: Pair): void {
  for (const bound of BOUNDS) {
    const a = typeof os[bound.keyword] === "number" ? (os[bound.keyword] as number) : bound.absent;
    const b = typeof ns[bound.keyword] === "number" ? (ns[bound.keyword] as number) : bound.absent;
    if (a === b) continue;
    const tighter = bound.upper ? b < a : b > a;
    const params = { keyword: bound.keyword, before: Number.isFinite(a) ? a : "—", after: Number.isFinite(b) ? b : "—" };
    ctx.emit(n, [bound.keyword], tighter ? bound.tightened : bound.loosened, params);
  }
}
