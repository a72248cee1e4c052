/** The page's bundle (一件事) check: a bundle list against the implementation lists that hold its members, with the library's checkBundles. */
import { checkBundles, type BundleReport } from "../../../src/bundle/index.js";
import type { Locale } from "../../../src/i18n/locale.js";
import { validate } from "../../../src/validate/validate.js";
import type { ParsedInput } from "../input/parse-input.js";
import type { SkipNote } from "./run-checks.js";

const kindOf = (input: ParsedInput) => (input.format === "json" && typeof input.document === "object" && input.document !== null ? (input.document as { kind?: unknown }).kind : undefined);

/** Whether an input is a bundle list (一件事清单). */
export const isBundleInput = (input: ParsedInput | undefined): boolean => input !== undefined && kindOf(input) === "bundle";

/** Checks the bundle list `main` against `members`; a member file that is no valid implementation list is a skip note naming it. */
export function bundleCheck(main: ParsedInput, members: readonly ParsedInput[], locale: Locale): BundleReport | SkipNote {
  for (const input of members) if (kindOf(input) !== "implementation") return { skipped: "not-implementation", file: input.name };
  const documents = [main, ...members].map((input) => (input as ParsedInput & { document: unknown }).document);
  if (documents.some((doc) => validate(doc, { as: "catalogue" }).issues.some((i) => i.rule === "schema"))) return { skipped: "invalid" };
  return checkBundles(documents[0], documents.slice(1), { locale });
}
