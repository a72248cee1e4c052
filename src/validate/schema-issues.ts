/** ajv errors → report issues with rule "schema", worded from the catalogue by element name. */
import type { ValidatorError } from "../schema/validator.js";
import type { Locale } from "../i18n/locale.js";
import { validationMessage } from "../i18n/messages.js";
import type { Issue } from "../report/issue.js";
import { schemaMessageOf, type SchemaContext } from "./schema-message.js";

export type { SchemaContext } from "./schema-message.js";

/**
 * Converts ajv errors to issues whose message names the element by its Chinese title (zh) or its
 * property path (en), with the message's params (see schema-message.ts). Without a context (no
 * major known) elements are named by their keys.
 */
export function schemaIssues(
  errors: readonly ValidatorError[],
  locale: Locale,
  itemCodeAt: (path: string) => string | undefined = () => undefined,
  context?: SchemaContext,
): Issue[] {
  // A failed `oneOf`/`anyOf`, an `if` or a discriminator error beside a more precise error repeats what that error already says.
  const vague = (e: ValidatorError) => e.keyword === "oneOf" || e.keyword === "anyOf" || e.keyword === "discriminator" || e.keyword === "if";
  const redundant = (e: ValidatorError) => vague(e) && errors.some((o) => o !== e && !vague(o));
  return errors
    .filter((e) => !redundant(e))
    .map((e) => {
      const path = e.instancePath;
      const itemCode = itemCodeAt(path);
      const { id, params } = schemaMessageOf(e, context);
      return {
        rule: "schema",
        severity: "error" as const,
        path,
        ...(itemCode !== undefined ? { itemCode } : {}),
        message: validationMessage(id, locale, params),
        keyword: e.keyword,
        params,
      };
    });
}
