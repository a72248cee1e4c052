/**
 * deriveImplementation(): drafts a lower implementation list from an upper standard (or
 * implementation) list, so a county starts from the province's standard instead of a spreadsheet.
 */
import { shown, numberOf } from "../internal/shown.js";
import { parseCreditCode } from "../identifiers/credit-code.js";
import { levelOfRegion } from "../identifiers/region-code.js";
import { wordedError } from "../i18n/localized-error.js";
import { schemaMessageOf } from "../validate/schema-message.js";
import { pointer } from "../internal/json-pointer.js";
import { handlingSequenceOf } from "../conformance/match-items.js";
import { regionWithin } from "../conformance/rules/region-not-within-upper.js";
import type { Data } from "../rules/rule.js";
import type { Agency, ImplementationCatalogue, ImplementationItem, LevelCode } from "../schema/types.js";
import { LOCAL_FIELDS, TODO_EXTENSION } from "./todo-fields.js";
import { latestMajor, majorOfDocument } from "../schema/majors.js";

/** Options of deriveImplementation. */
export interface DeriveOptions {
  /** The lower region; `level` defaults to the level its code implies. */
  region: { code: string; level?: LevelCode };
  /** The agency that implements every derived item. */
  agency: Agency;
  /** The publisher of the list; the agency by default. */
  publisher?: { name: string; creditCode?: string };
  title?: string;
  version?: string;
}

/** A derived list: an implementation catalogue whose `extensions.todo` lists the fields the locality must still fill. */
export type DerivedImplementation = ImplementationCatalogue & { extensions: { todo: string[] } };

/** The JSON Pointers of the fields a derived list still leaves to the locality (its `extensions.todo`). */
export function todoOf(catalogue: { extensions?: Record<string, unknown> }): string[] {
  const todo = catalogue.extensions?.[TODO_EXTENSION];
  return Array.isArray(todo) ? todo.filter((t): t is string => typeof t === "string") : [];
}

/** Fields an implementation item has beyond a standard item; a derived item gets its own. */
const IMPLEMENTATION_ONLY = /* @__PURE__ */ ["implementationCode", "handlingItemCode", "level", "agency"].concat(LOCAL_FIELDS, "extensions");

/** Checks the inputs that would otherwise yield an invalid or non-conforming draft. */
function checkInputs(upper: Data, options: DeriveOptions): LevelCode {
  if (upper.kind !== "standard" && upper.kind !== "implementation") {
    throw wordedError(TypeError, "error.derive.upper-kind", { kind: shown(upper.kind) });
  }
  const { code } = options.region;
  if (!/^\d{12}$/.test(code)) throw wordedError(TypeError, "error.derive.region-code", { code });
  const level = options.region.level ?? levelOfRegion(code);
  if (level !== levelOfRegion(code)) throw wordedError(TypeError, "error.derive.region-level", { code, actual: levelOfRegion(code), level });
  if (!(Number(level) > numberOf(upper.region?.level))) throw wordedError(TypeError, "error.derive.level-not-below", { level, upper: shown(upper.region?.level) });
  if (typeof upper.region?.code !== "string" || !regionWithin(code, upper.region.code)) throw wordedError(TypeError, "error.derive.region-outside", { code, upper: shown(upper.region?.code) });
  const credit = parseCreditCode(options.agency.creditCode);
  if (!credit.valid) throw wordedError(TypeError, "error.derive.agency-code", { code: options.agency.creditCode, reason: credit.reason ?? "check" });
  return level;
}

/** One derived item: the upper item's standard elements, with this level's agency and codes. */
function deriveItem(upperItem: Data, level: LevelCode, agency: Agency): ImplementationItem {
  // extensions are dropped, so not cloned: they are free-form and may nest deeper than structuredClone recurses.
  const { extensions: _dropped, ...kept } = upperItem;
  const item: Data = structuredClone(kept);
  for (const key of IMPLEMENTATION_ONLY) delete item[key];
  const implementationCode = agency.creditCode + level + String(upperItem.basicCode);
  const sequence = handlingSequenceOf(upperItem);
  return {
    ...item,
    implementationCode,
    ...(sequence !== undefined ? { handlingItemCode: implementationCode + sequence } : {}),
    level,
    agency: { ...agency },
  } as ImplementationItem;
}

/**
 * Drafts the implementation list of `options.region` from `upper`: every upper item whose `levels`
 * include the region's level, with its implementation code computed. The locality's own fields
 * (location, hours, consultation, complaint) are left out and listed as JSON Pointers in the
 * catalogue's `extensions.todo` (see todoOf). The draft validates and conforms to `upper` by construction.
 */
export function deriveImplementation(upper: unknown, options: DeriveOptions): DerivedImplementation {
  if (typeof upper !== "object" || upper === null) throw wordedError(TypeError, "error.derive.upper-object");
  const up = upper as Data;
  const level = checkInputs(up, options);
  const upperItems: Data[] = Array.isArray(up.items) ? up.items : [];
  upperItems.forEach((item, i) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) throw wordedError(TypeError, "error.derive.item-object", { index: i });
  });
  const items = upperItems.filter((i) => Array.isArray(i.levels) && i.levels.includes(level)).map((i) => deriveItem(i, level, options.agency));
  const todo = items.flatMap((_, i) => LOCAL_FIELDS.map((field) => pointer("/items", i, field)));
  const draft: DerivedImplementation = {
    schemaVersion: "1.0",
    kind: "implementation",
    region: { code: options.region.code, level },
    publisher: options.publisher ?? { name: options.agency.name, creditCode: options.agency.creditCode },
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.version !== undefined ? { version: options.version } : {}),
    upper: { regionCode: String(up.region.code), ...(typeof up.version === "string" ? { version: up.version } : {}) },
    extensions: { [TODO_EXTENSION]: todo },
    items,
  };
  checkDraft(draft);
  return draft;
}

/** Where an option lands in the draft, to name the option that makes it fail the schema. */
const OPTION_AT: [RegExp, string][] = [
  [/^\/publisher\/name$|^\/items\/\d+\/agency\/name$/, "agency.name"],
  [/^\/publisher\//, "publisher"],
  [/^\/title$/, "title"],
  [/^\/version$/, "version"],
  [/^\/items\/\d+\/agency\//, "agency"],
];

/**
 * Throws a TypeError naming the option when the draft fails the schema (an empty or over-long
 * agency name or title): "validates by construction" holds only for options within the schema's bounds.
 */
function checkDraft(draft: DerivedImplementation): void {
  const validator = (majorOfDocument(draft) ?? latestMajor).validators.catalogue;
  if (validator(draft)) return;
  const first = validator.errors?.[0];
  const at = first?.instancePath ?? "";
  const option = OPTION_AT.find(([re]) => re.test(at))?.[1];
  const major = majorOfDocument(draft) ?? latestMajor;
  const { id, params: reasonParams } = first ? schemaMessageOf(first, { major, document: "catalogue" }) : { id: "schema.other", params: { keyword: "schema" } };
  const params = { ...reasonParams, at: at || "/", reasonId: id };
  throw option ? wordedError(TypeError, "error.derive.option-invalid", { option, ...params }) : wordedError(TypeError, "error.derive.draft-invalid", params);
}
