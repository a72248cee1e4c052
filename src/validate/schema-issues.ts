/** ajv errors → report issues with rule "schema", worded from the catalogue by element name. */
import type { ValidatorError } from "../schema/validator.js";
import type { Locale } from "../i18n/locale.js";
import { validationMessage } from "../i18n/messages.js";
import type { Issue } from "../report/issue.js";
import { schemaMessageOf, type SchemaContext } from "./schema-message.js";

export type { SchemaContext } from "./schema-message.js";

/** A failed `oneOf`/`anyOf`, an `if` or a discriminator error: beside a more precise error anywhere in the document, it repeats what that error says. */
export function isVagueSchemaError(e: ValidatorError): boolean {
  return e.keyword === "oneOf" || e.keyword === "anyOf" || e.keyword === "discriminator" || e.keyword === "if";
}

/**
 * Converts ajv errors to issues whose message names the element by its Chinese title (zh) or its
 * property path (en), with the message's params (see schema-message.ts). Without a context (no
 * major known) elements are named by their keys. Vague errors are dropped when a precise one exists.
 */
export function schemaIssues(
  errors: readonly ValidatorError[],
  locale: Locale,
  itemCodeAt: (path: string) => string | undefined = () => undefined,
  context?: SchemaContext,
): Issue[] {
  const redundant = (e: ValidatorError) => isVagueSchemaError(e) && errors.some((o) => o !== e && !isVagueSchemaError(o));
  return errors.filter((e) => !redundant(e)).map((e) => schemaIssueOf(e, locale, itemCodeAt(e.instancePath), context));
}

/** One ajv error as an issue (no filtering): for callers that decide vagueness themselves, as the streamed catalogue does. */
export function schemaIssueOf(e: ValidatorError, locale: Locale, itemCode: string | undefined, context?: SchemaContext): Issue {
  const { id, params } = schemaMessageOf(e, context);
  return {
    rule: "schema",
    severity: "error" as const,
    path: e.instancePath,
    ...(itemCode !== undefined ? { itemCode } : {}),
    message: validationMessage(id, locale, params),
    keyword: e.keyword,
    params,
  };
}
