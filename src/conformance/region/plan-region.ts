/** Which list each list of a region run is checked against: the nearest list above it, by region code and level. */
import type { RegionRegistry } from "../../regions/region-registry.js";
import { regionWithin } from "../rules/region-not-within-upper.js";

/** What planning reads of a list: its header, or nothing when the header cannot be read. */
export interface ListHeader {
  /** 12-digit region code (region.code). */
  code?: string;
  /** Level code (region.level). */
  level?: string;
  /** Catalogue kind. */
  kind?: string;
}

/** The header fields of a catalogue, when they have the shape planning needs. */
export function headerOf(document: unknown): ListHeader {
  if (typeof document !== "object" || document === null) return {};
  const { region, kind } = document as { region?: { code?: unknown; level?: unknown }; kind?: unknown };
  return {
    ...(typeof region?.code === "string" && /^\d{12}$/.test(region.code) ? { code: region.code } : {}),
    ...(typeof region?.level === "string" && /^\d$/.test(region.level) ? { level: region.level } : {}),
    ...(typeof kind === "string" ? { kind } : {}),
  };
}

/** Whether a list with this header is checked against a list above (only standard and implementation lists claim items). */
export const isLowerList = (header: ListHeader) => header.kind === "standard" || header.kind === "implementation";

/** A more detailed list speaks for a level first: standard, then implementation, then basic. */
const KIND_ORDER: Record<string, number> = { standard: 0, implementation: 1, basic: 2 };

/**
 * The index of the list that `lists[i]` is checked against: of the lists of a higher level whose
 * region contains its region (by the registry's parent links when given, else by code structure),
 * the one of the lowest level, a standard list before an implementation list before a basic
 * catalogue, then the first given. Undefined when no list lies above it.
 */
export function nearestUpper(lists: readonly ListHeader[], i: number, registry?: RegionRegistry): number | undefined {
  const lower = lists[i]!;
  if (lower.code === undefined || lower.level === undefined) return undefined;
  let best: number | undefined;
  lists.forEach((candidate, c) => {
    // Stryker disable next-line LogicalOperator: equivalent: the guards only shortcut; a list is never below its own level, and a candidate without a code contains no region (regionWithin answers false), so the checks after them reject the same lists
    if (c === i || candidate.code === undefined || candidate.level === undefined) return;
    if (!(Number(candidate.level) < Number(lower.level)) || !regionWithin(lower.code!, candidate.code, registry)) return;
    if (best === undefined) return void (best = c);
    const b = lists[best]!;
    // Stryker disable next-line StringLiteral: equivalent: a kind missing from KIND_ORDER ranks 3 whether it reads "" or any other text
    const nearer = Number(candidate.level) - Number(b.level) || (KIND_ORDER[b.kind ?? ""] ?? 3) - (KIND_ORDER[candidate.kind ?? ""] ?? 3);
    if (nearer > 0) best = c;
  });
  return best;
}
