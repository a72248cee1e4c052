/** createRegionRegistry(): a RegionRegistry over packed region data. */
import type { LevelCode } from "../schema/types.js";
import { decodeName, nameEncoder, type NameTable } from "./name-codec.js";
import { RECORD_SEPARATOR } from "./packed-format.js";
import type { PackedRegionData, RegionSource } from "./packed-region-data.js";
import { decodeRegions, type RegionIndex } from "./region-index.js";
import type { RegionInfo, RegionRegistry } from "./region-registry.js";

/** A registry built from packed data: the lookups, the data's source and its number of regions. */
export interface LoadedRegionRegistry extends RegionRegistry {
  readonly source: RegionSource;
  readonly size: number;
  /**
   * The regions whose name is `name` (exact), then those whose name starts with it (prefix), each
   * group in code order. Names compare after NFKC and trimming; an empty name finds nothing.
   */
  find(name: string): { exact: RegionInfo[]; prefix: RegionInfo[] };
}

/** The 12-digit numeric form of a 6- or 12-digit code, or undefined when malformed. */
function numericCode(code: string): number | undefined {
  return /^(\d{6}|\d{12})$/.test(code) ? Number(code.padEnd(12, "0")) : undefined;
}

/** The record index of a numeric code by binary search over the sorted codes, or -1. */
function indexOf(index: RegionIndex, code: number): number {
  let lo = 0;
  let hi = index.codes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = index.codes[mid]!;
    if (value === code) return mid;
    if (value < code) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The name of record i. */
function nameAt(index: RegionIndex, names: NameTable, i: number): string {
  const start = index.nameStarts[i]!;
  const end = index.records.indexOf(RECORD_SEPARATOR, start);
  return decodeName(index.records.slice(start, end < 0 ? undefined : end), names);
}

/** The encoded symbols a name beginning with `char` can start with: the character, and suffixes that start with it. */
function firstSymbols(names: NameTable, char: string): string[] {
  const encode = nameEncoder(names);
  return names.symbols.filter((symbol) => symbol.startsWith(char)).map(encode);
}

const code12 = (code: number) => String(code).padStart(12, "0");

/** The region of record i. */
function infoAt(index: RegionIndex, names: NameTable, i: number): RegionInfo {
  const parent = index.parents[i]!;
  return {
    code: code12(index.codes[i]!),
    name: nameAt(index, names, i),
    level: String(index.levels[i]) as LevelCode,
    ...(parent >= 0 ? { parentCode: code12(index.codes[parent]!) } : {}),
  };
}

/** Builds a registry over packed region data (decoded once, names read on demand). */
export function createRegionRegistry(data: PackedRegionData): LoadedRegionRegistry {
  const index = decodeRegions(data);
  const find = (code: string) => {
    const numeric = typeof code === "string" ? numericCode(code) : undefined;
    return numeric === undefined ? -1 : indexOf(index, numeric);
  };
  return {
    source: data.source,
    size: index.codes.length,
    region(code) {
      const i = find(code);
      return i < 0 ? undefined : infoAt(index, data.names, i);
    },
    find(name) {
      const query = name.normalize("NFKC").trim();
      const exact: RegionInfo[] = [];
      const prefix: RegionInfo[] = [];
      if (query === "") return { exact, prefix };
      // Names are not kept decoded (665 000 of them would hold tens of megabytes): only the records
      // whose first symbol can begin the query are decoded.
      const firsts = firstSymbols(data.names, query[0]!);
      for (let i = 0; i < index.codes.length; i++) {
        const start = index.nameStarts[i]!;
        if (!firsts.some((symbol) => index.records.startsWith(symbol, start))) continue;
        const found = nameAt(index, data.names, i);
        if (found === query) exact.push(infoAt(index, data.names, i));
        else if (found.startsWith(query)) prefix.push(infoAt(index, data.names, i));
      }
      return { exact, prefix };
    },
    parents(code) {
      const chain: RegionInfo[] = [];
      for (let i = index.parents[find(code)] ?? -1; i >= 0; i = index.parents[i]!) chain.unshift(infoAt(index, data.names, i));
      return chain;
    },
  };
}
