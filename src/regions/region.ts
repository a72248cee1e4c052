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
