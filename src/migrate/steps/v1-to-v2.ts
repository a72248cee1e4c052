/**
 * v1 ↔ v2. v2 holds everything v1 does; the one element renamed is 办结时限说明 (timeLimit.note),
 * which v2 keeps as 承诺办结时限说明 (timeLimit.promisedNote) beside the new 法定办结时限说明. Back to v1,
 * whatever v1's schemas cannot hold is dropped and reported, found by v1's own validator (so the
 * list of v2-only elements is never kept by hand).
 */
import { v1 } from "../../schema/v1/major.js";
import { v2 } from "../../schema/v2/major.js";
import type { ElementRename, MigrationStep } from "../types.js";

type Data = Record<string, unknown>;
const isObject = (value: unknown): value is Data => typeof value === "object" && value !== null && !Array.isArray(value);

/** The items of a catalogue, or the document itself when it is one item. */
const itemsOf = (doc: Data): Data[] => (Array.isArray(doc.items) ? doc.items.filter(isObject) : [doc]);

/** Renames one key of an object in place, keeping its position. */
function renameKey(object: Data, from: string, to: string): void {
  if (!(from in object)) return;
  const entries = Object.entries(object).map(([k, v]) => [k === from ? to : k, v] as const);
  for (const key of Object.keys(object)) delete object[key];
  Object.assign(object, Object.fromEntries(entries));
}

/** Renames one element of an item in place, if present; `from` and `to` share their parent. */
function renameElement(item: Data, { from, to }: ElementRename): void {
  const parentPath = from.split(".").slice(0, -1);
  let parent: unknown = item;
  for (const key of parentPath) parent = isObject(parent) ? parent[key] : undefined;
  if (isObject(parent)) renameKey(parent, from.split(".").at(-1)!, to.split(".").at(-1)!);
}

/** The elements v2 renames: 办结时限说明 is kept as 承诺办结时限说明 beside the new 法定办结时限说明. */
const V1_TO_V2_RENAMES: readonly ElementRename[] = [{ from: "timeLimit.note", to: "timeLimit.promisedNote" }];

/** v1 → v2: schemaVersion, and 办结时限说明 → 承诺办结时限说明. */
export const v1ToV2: MigrationStep = {
  from: "v1",
  to: "v2",
  description: "v1 → v2: schemaVersion 2.0; timeLimit.note (办结时限说明) becomes timeLimit.promisedNote (承诺办结时限说明)",
  renames: V1_TO_V2_RENAMES,
  migrate(document) {
    const doc = structuredClone(document);
    if (!isObject(doc)) return doc;
    if (typeof doc.schemaVersion === "string") doc.schemaVersion = v2.schemaVersion;
    for (const item of itemsOf(doc)) for (const rename of V1_TO_V2_RENAMES) renameElement(item, rename);
    return doc;
  },
};

/** Deletes the property an additionalProperties error names; returns its JSON Pointer. */
function dropAt(doc: Data, instancePath: string, property: string): string | undefined {
  let node: unknown = doc;
  for (const part of instancePath.split("/").slice(1)) node = isObject(node) || Array.isArray(node) ? (node as Data)[part.replaceAll("~1", "/").replaceAll("~0", "~")] : undefined;
  if (!isObject(node) || !(property in node)) return undefined;
  delete node[property];
  return `${instancePath}/${property.replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

/** v2 → v1: schemaVersion 1.0, 承诺办结时限说明 → 办结时限说明, and every element v1 cannot hold dropped and reported. */
export const v2ToV1: MigrationStep = {
  from: "v2",
  to: "v1",
  description: "v2 → v1: schemaVersion 1.0; timeLimit.promisedNote becomes timeLimit.note; elements v1 does not hold are dropped (and reported)",
  renames: V1_TO_V2_RENAMES.map(({ from, to }) => ({ from: to, to: from })),
  migrate(document, report) {
    const doc = structuredClone(document);
    if (!isObject(doc)) return doc;
    if (typeof doc.schemaVersion === "string") doc.schemaVersion = v1.schemaVersion;
    for (const item of itemsOf(doc)) for (const { from, to } of V1_TO_V2_RENAMES) renameElement(item, { from: to, to: from });
    const validator = Array.isArray(doc.items) ? v1.validators.catalogue : undefined;
    if (!validator) return doc;
    // Each pass drops what v1's validator names as unknown; a dropped object may hide more below it.
    for (let pass = 0; pass < 8 && !validator(doc); pass++) {
      let dropped = 0;
      for (const error of validator.errors ?? []) {
        if (error.keyword !== "additionalProperties") continue;
        const path = dropAt(doc, error.instancePath, String(error.params.additionalProperty));
        if (path !== undefined) {
          dropped++;
          report?.(path);
        }
      }
      if (dropped === 0) break;
    }
    return doc;
  },
};
