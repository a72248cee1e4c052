/**
 * The version seam: what one major of the standard carries at run time. Each src/schema/vN/major.ts
 * describes its major; src/schema/majors.ts registers them. Code outside src/schema/vN reaches a
 * major's validators only through this description, so it never names a major.
 */
import type { CatalogueKind } from "../rules/item-kind.js";
import type { Validator } from "./validator.js";

/** What a document is validated as: a whole catalogue, or a single item of a kind. */
export type DocumentName = "catalogue" | `${CatalogueKind}-item`;

/** One major version of the standard at run time. */
export interface Major<Id extends string = string> {
  /** The major's name, as in its subpath and folders: "v1", "v2". */
  readonly id: Id;
  /** The major.minor this build writes into new documents of the major, e.g. "2.0". */
  readonly schemaVersion: string;
  /** Matches every schemaVersion of the major (any minor). */
  readonly schemaVersionPattern: RegExp;
  /** The full (allErrors) validator of each document. */
  readonly validators: Readonly<Record<DocumentName, Validator>>;
  /**
   * Whether an implementation may be listed whole beside its own 业务办理项 (…01, …02). Real lists
   * do so; where false, duplicate-item reports it as the same implementation twice.
   */
  readonly wholeBesideHandlingItems: boolean;
  /** The item's 是否… online-service flags, property name → Chinese title: a lower level may not switch one off (online-service-withdrawn). */
  readonly onlineServiceFlags: Readonly<Record<string, string>>;
  /** Whether materials carry 是否可免提交 (`exemptible`): without it the catalogue diff's 免提交率 is not applicable. */
  readonly exemptibleMaterials: boolean;
  /** Whether items carry 网上办理能力 (`onlineCapabilities`): without it the diff's capability count is not applicable. */
  readonly onlineCapabilities: boolean;
}

/**
 * A major's fail-fast validators per item kind: a pre-filter for the JSONL and streaming hot paths,
 * since most items are valid. Kept apart from the Major record (see majors.ts), so that a bundle of
 * `validate` does not carry them.
 */
export type FastItemValidators = Readonly<Record<CatalogueKind, Validator>>;
