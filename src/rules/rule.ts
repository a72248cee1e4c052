/** What a validation rule is: one unit with its id, severity, rationale and check. */
import type { MessageParams } from "../i18n/entry.js";
import type { FindingId } from "../i18n/messages.js";
import type { Severity } from "../report/issue.js";
import type { CatalogueKind } from "./item-kind.js";

/** A rule's finding before it is localized: where, and the values of its message. */
export interface Finding {
  /** JSON Pointer relative to the checked target (the item, or the whole catalogue). */
  path: string;
  params: MessageParams;
}

/** What an item rule knows besides the item. */
export interface ItemContext {
  kind: CatalogueKind;
  /** The level of the enclosing catalogue, when the item is checked inside one. */
  catalogueLevel?: string;
}

/** Loosely typed document data: rules run on structurally valid input but stay defensive. */
export type Data = Record<string, any>;

/** A semantic rule beyond the schema. */
export interface Rule {
  /** The rule id, which is also its message's id in the catalogue (src/i18n/catalogue/validation.ts). */
  id: FindingId;
  severity: Severity;
  /** One line: what the rule checks (zh-CN and en), for the rule catalogue. */
  title: { "zh-CN": string; en: string };
  /** Why the rule exists, with its basis in the standards (zh-CN and en, like `title`). */
  rationale: { "zh-CN": string; en: string };
  /** A short example of a document that triggers it. */
  example: string;
  /** Checks one item (of any kind); paths are relative to the item. */
  checkItem?(item: Data, context: ItemContext): readonly Finding[];
  /** Checks the catalogue as a whole; paths are absolute. */
  checkCatalogue?(catalogue: Data): readonly Finding[];
}

/**
 * The result of a check that found nothing, shared: item rules run for every record of a national
 * list, where a new `[]` per rule and record was a measurable share of the time (docs/performance.md).
 */
export const NO_FINDINGS: readonly Finding[] = /* @__PURE__ */ Object.freeze([]);
