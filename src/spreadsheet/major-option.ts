/** The `schema` option of the spreadsheet functions: a major by id, picked from the registry. */
import { argumentError } from "../i18n/argument-error.js";
import type { Major } from "../schema/major.js";
import { majorById, majors } from "../schema/majors.js";

/** The major named by `schema` ("v1", "v2"); a TypeError names the known ones for an unknown id. */
export function majorOption(schema: string, caller: string): Major {
  const major = majorById(schema);
  if (!major) throw argumentError("error.argument.schema-option", { caller, known: majors.map((m) => m.id).join(", "), value: JSON.stringify(schema) });
  return major;
}
