/** ajv errors → report issues with rule "schema", localized. */
import localizeZhModule from "ajv-i18n/localize/zh/index.js";
import type { ValidatorError } from "../schema/validator.js";
import type { Locale } from "../i18n/locale.js";
import type { Issue } from "../report/issue.js";

// ajv-i18n's declaration says `export default`, but the CommonJS module *is* the function; every
// loader we ship through (Node ESM, esbuild, Vite) hands it over as the default import. Read at the
// call, not in a top-level constant, so a bundle that never localizes drops the module.
const localizeZh = (errors: unknown[]): void => (localizeZhModule as unknown as (errors: unknown[]) => void)(errors);

/** Adds the name the error is about where the localized ajv message leaves it out. */
function detail(error: ValidatorError): string {
  const p = error.params as Record<string, unknown>;
  if (error.keyword === "additionalProperties") return `: ${String(p.additionalProperty)}`;
  if (error.keyword === "enum" && Array.isArray(p.allowedValues)) return `: ${p.allowedValues.join(", ")}`;
  return "";
}

/**
 * Converts ajv errors to issues. The errors are copied before ajv-i18n rewrites their messages,
 * since the validator's own `errors` array is shared by every call.
 */
export function schemaIssues(
  errors: readonly ValidatorError[],
  locale: Locale,
  itemCodeAt: (path: string) => string | undefined = () => undefined,
): Issue[] {
  const copies = errors.map((e) => ({ ...e }));
  if (locale === "zh-CN") localizeZh(copies);
  // A failed `oneOf`, or a discriminator error beside the error on `kind` itself, repeats what
  // another error already said.
  const redundant = (e: ValidatorError) =>
    (e.keyword === "oneOf" || e.keyword === "discriminator") && copies.some((o) => o !== e && o.keyword !== "oneOf" && o.keyword !== "discriminator");
  return copies
    .filter((e) => !redundant(e))
    .map((e) => {
      const path = e.instancePath;
      const itemCode = itemCodeAt(path);
      return {
        rule: "schema",
        severity: "error" as const,
        path,
        ...(itemCode !== undefined ? { itemCode } : {}),
        message: `${e.message ?? e.keyword}${detail(e)}`,
        keyword: e.keyword,
      };
    });
}
