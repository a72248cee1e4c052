/** Decodes the packed records into flat typed arrays: code order, level, parent and name position. */
import { NEXT_SIBLING_MARKER, PACKED_FORMAT, RECORD_SEPARATOR, SEGMENT, SEGMENT_UNIT, type RegionLevel } from "./packed-format.js";
import type { PackedRegionData } from "./packed-region-data.js";

/** Every region as parallel arrays indexed in code order; names stay in the packed string. */
export interface RegionIndex {
  records: string;
  /** Numeric 12-digit codes, ascending (exact: below 2^53). */
  codes: Float64Array;
  levels: Uint8Array;
  /** Index of the parent record, -1 for a province. */
  parents: Int32Array;
  /** Offset of each name in `records`. */
  nameStarts: Uint32Array;
}

/** By marker character code: the level, negative for a next-sibling marker (0: not a marker). */
const MARKER = new Int8Array(128);
for (const level of Object.keys(SEGMENT) as RegionLevel[]) {
  MARKER[level.charCodeAt(0)] = Number(level);
  MARKER[NEXT_SIBLING_MARKER[level].charCodeAt(0)] = -Number(level);
}
const LEVELS = ["", "", "2", "3", "4", "5", "6"] as const;
const ZERO = 48; // "0"

/** Decodes packed region data; throws TypeError on data that is not in the packed format. */
export function decodeRegions(data: PackedRegionData): RegionIndex {
  const { records, count } = data;
  if (data.format !== PACKED_FORMAT) throw new TypeError(`region data: format ${data.format} is not the supported ${PACKED_FORMAT}`);
  const codes = new Float64Array(count);
  const levels = new Uint8Array(count);
  const parents = new Int32Array(count);
  const nameStarts = new Uint32Array(count);
  const stack: number[] = []; // indexes of the open ancestors
  const lastSegment = [0, 0, 0, 0, 0, 0, 0]; // by level: the previous sibling's segment
  let at = 0;
  for (let i = 0; i < count; i++) {
    const marker = MARKER[records.charCodeAt(at)] ?? 0;
    if (marker === 0) throw new TypeError(`region data: record ${i} starts with an unknown marker at offset ${at}`);
    const level = Math.abs(marker);
    const levelCode = LEVELS[level] as RegionLevel;
    while (stack.length > 0 && levels[stack[stack.length - 1]!]! >= level) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1]! : -1;
    let segment = lastSegment[level]! + 1;
    at++;
    if (marker > 0) {
      const [start, end] = SEGMENT[levelCode];
      segment = 0;
      // Digits by char code: this loop runs 665 000 times on load.
      for (const stop = at + end - start; at < stop; at++) segment = segment * 10 + records.charCodeAt(at) - ZERO;
    }
    lastSegment[level] = segment;
    for (let l = level + 1; l <= 6; l++) lastSegment[l] = 0;
    codes[i] = (parent < 0 ? 0 : truncate(codes[parent]!, levelCode)) + segment * SEGMENT_UNIT[levelCode];
    if (i > 0 && !(codes[i]! > codes[i - 1]!)) throw new TypeError(`region data: record ${i} is out of code order`);
    levels[i] = level;
    parents[i] = parent;
    nameStarts[i] = at;
    stack.push(i);
    const end = records.indexOf(RECORD_SEPARATOR, at);
    at = end < 0 ? records.length : end + 1;
  }
  return { records, codes, levels, parents, nameStarts };
}

/** By level: the value of the digit just before the level's segment. */
const PREFIX_UNIT = Object.fromEntries(
  (Object.keys(SEGMENT) as RegionLevel[]).map((l) => [l, SEGMENT_UNIT[l] * 10 ** (SEGMENT[l][1] - SEGMENT[l][0])]),
) as Record<RegionLevel, number>;

/** A parent's numeric code cut before a level's segment (e.g. a city's code before a township segment). */
function truncate(code: number, level: RegionLevel): number {
  return Math.floor(code / PREFIX_UNIT[level]) * PREFIX_UNIT[level];
}
