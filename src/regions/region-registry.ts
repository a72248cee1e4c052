/** The shape of a region registry (统计用区划代码 with names), shared by validation and conformance. */
import type { LevelCode } from "../schema/types.js";

/** One region of the registry. */
export interface RegionInfo {
  /** 12-digit code. */
  code: string;
  name: string;
  level: LevelCode;
  /** Code of the enclosing region, absent for a province. */
  parentCode?: string;
}

/** A lookup of regions by code; `parents` walks the real parent links (nation excluded), province first. */
export interface RegionRegistry {
  /** The region with this 6- or 12-digit code, or undefined when the registry does not know it. */
  region(code: string): RegionInfo | undefined;
  /** The enclosing regions of a code, province first; empty when unknown. */
  parents(code: string): RegionInfo[];
}
