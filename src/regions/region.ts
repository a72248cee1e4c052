/** region(code): one lookup with the name, level and parent chain, loading the registry on first use. */
import { loadRegionRegistry } from "./load-region-registry.js";
import type { RegionInfo } from "./region-registry.js";

/** A region with its enclosing regions, province first. */
export interface RegionWithParents extends RegionInfo {
  parents: RegionInfo[];
}

/** Looks up a 6- or 12-digit code in the bundled registry; undefined when unknown or malformed. */
export async function region(code: string): Promise<RegionWithParents | undefined> {
  const registry = await loadRegionRegistry();
  const info = registry.region(code);
  return info && { ...info, parents: registry.parents(code) };
}

/** A region found by name: exact (the whole name) or prefix (the name starts with the query). */
export interface RegionMatch extends RegionWithParents {
  match: "exact" | "prefix";
}

/**
 * Finds regions by name in the bundled registry, since real sources often name a region without its
 * code: exact matches first, then prefix matches, each in code order and with its parent chain.
 */
export async function findRegions(name: string): Promise<RegionMatch[]> {
  const registry = await loadRegionRegistry();
  const { exact, prefix } = registry.find(name);
  const withParents = (match: RegionMatch["match"]) => (info: RegionInfo): RegionMatch => ({ ...info, parents: registry.parents(info.code), match });
  return [...exact.map(withParents("exact")), ...prefix.map(withParents("prefix"))];
}
