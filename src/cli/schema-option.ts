/** `--schema v1|v2`: a major by id from the registry, or exit 2 naming the known ones. */
import type { Major } from "../schema/major.js";
import { majorById, majors } from "../schema/majors.js";
import { inputError } from "./errors.js";

/** The major an option value names (undefined when the option is absent); throws the usage error for an unknown one. */
export function schemaOption(value: string | undefined, option = "--schema"): Major | undefined {
  if (value === undefined) return undefined;
  const major = majorById(value);
  if (!major) throw inputError("cli.option.choice", { option, allowed: majors.map((m) => m.id).join(" | "), value });
  return major;
}
