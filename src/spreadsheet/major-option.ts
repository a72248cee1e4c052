/** The `schema` option of the spreadsheet functions: a major by id, picked from the registry. */
import type { Major } from "../schema/major.js";
import { majorById, majors } from "../schema/majors.js";

/** The major named by `schema` ("v1", "v2"); a TypeError names the known ones for an unknown id. */
export function majorOption(schema: string, caller: string): Major {
  const major = majorById(schema);
  if (!major) throw new TypeError(`${caller}: schema must be one of ${majors.map((m) => m.id).join(", ")} (got ${JSON.stringify(schema)})`);
  return major;
}
