/**
 * zwfw-standard/regions: the region registry (统计用区划代码 with names, province to village).
 * A separate entry so the root package never carries the data; the data itself loads on demand.
 */
export type { RegionInfo, RegionRegistry } from "./region-registry.js";
export type { PackedRegionData, RegionRecord, RegionSource } from "./packed-region-data.js";
export type { RegionLevel } from "./packed-format.js";
export { createRegionRegistry, type LoadedRegionRegistry } from "./create-region-registry.js";
export { loadRegionRegistry } from "./load-region-registry.js";
export { packRegions, RegionDataError } from "./pack-regions.js";
export { checkRegionCodes, regionCodeUnknown } from "../rules/region-code-unknown.js";
export { findRegions, region, type RegionMatch, type RegionWithParents } from "./region.js";
