/** packRegions(): region records → the packed format, checking that the format can carry them. */
import { buildNameTable, nameEncoder } from "./name-codec.js";
import { NEXT_SIBLING_MARKER, PACKED_FORMAT, RECORD_SEPARATOR, SEGMENT } from "./packed-format.js";
import type { PackedRegionData, RegionRecord, RegionSource } from "./packed-region-data.js";

/** A region the packed format cannot carry; the message names the record. */
export class RegionDataError extends Error {}

/**
 * Packs region records (any order). Throws RegionDataError when a code is not 12 digits or is
 * repeated, or a record's parent is not the nearest enclosing
 * record of a lower level whose code prefix it extends (the decoder infers parents that way).
 */
export function packRegions(input: readonly RegionRecord[], source: RegionSource): PackedRegionData {
  const records = [...input].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const names = buildNameTable(records.map((r) => r.name));
  const packName = nameEncoder(names);
  const stack: RegionRecord[] = [];
  const lastSegment = new Map<string, number>(); // parent code + level → last sibling segment
  const out: string[] = [];
  for (const record of records) {
    const { code, name, level } = record;
    const where = `${code} ${name}`;
    if (!/^\d{12}$/.test(code)) throw new RegionDataError(`${where}: the code must have 12 digits`);
    if (!(level in SEGMENT)) throw new RegionDataError(`${where}: level must be 2…6`);
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent?.code !== record.parentCode) {
      throw new RegionDataError(`${where}: its parent ${record.parentCode ?? "(none)"} is not the nearest enclosing region ${parent?.code ?? "(none)"}`);
    }
    const [start, end] = SEGMENT[level];
    const segment = code.slice(start, end);
    const prefix = parent ? parent.code.slice(0, start) : "";
    if (code !== prefix.padEnd(start, "0") + segment + "0".repeat(12 - end) || Number(segment) === 0) {
      throw new RegionDataError(`${where}: the code is not its parent's code with a non-zero level-${level} segment`);
    }
    if (out.length > 0 && records[out.length - 1]!.code === code) throw new RegionDataError(`${where}: the code is repeated`);
    const key = `${parent?.code ?? ""}/${level}`;
    const next = lastSegment.get(key) === Number(segment) - 1;
    lastSegment.set(key, Number(segment));
    out.push((next ? NEXT_SIBLING_MARKER[level] : level + segment) + packName(name));
    stack.push(record);
  }
  return { format: PACKED_FORMAT, source, count: out.length, names, records: out.join(RECORD_SEPARATOR) };
}
