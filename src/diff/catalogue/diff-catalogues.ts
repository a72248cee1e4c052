/** diffCatalogues: what changed between two batches of a catalogue, item by item, and by how much. */
import { latestMajor, majorOfDocument } from "../../schema/majors.js";
import { assertSameMajor } from "../../schema/same-major.js";
import { wordedError } from "../../i18n/localized-error.js";
import { shown, textOf } from "../../internal/shown.js";
import { diffValues } from "./diff-values.js";
import { figuresOf, metricSet } from "./metrics.js";
import { CatalogueDiffError, type CatalogueDiff, type ChangedItem, type ItemChange, type ItemRef } from "./types.js";

type Item = Record<string, unknown>;

/** The key of an item: handlingItemCode, else implementationCode, else basicCode; of a bundle (一件事, kind "bundle") its code. */
export function itemKeyOf(item: unknown, kind?: unknown): string | undefined {
  if (typeof item !== "object" || item === null) return undefined;
  const i = item as Item;
  const key = kind === "bundle" ? i.code : i.handlingItemCode ?? i.implementationCode ?? i.basicCode;
  return typeof key === "string" && key !== "" ? key : undefined;
}

/** The items of a catalogue by key, rejecting what cannot be diffed. */
function itemsByKey(catalogue: unknown, side: "old" | "new"): { kind: unknown; items: Map<string, Item> } {
  if (typeof catalogue !== "object" || catalogue === null || !Array.isArray((catalogue as Item).items)) {
    throw wordedError(CatalogueDiffError, "error.diff.not-catalogue", { side });
  }
  const items = new Map<string, Item>();
  const kind = (catalogue as Item).kind;
  ((catalogue as Item).items as unknown[]).forEach((item, index) => {
    const key = itemKeyOf(item, kind);
    if (key === undefined) throw wordedError(CatalogueDiffError, "error.diff.no-key", { side, index, key: kind === "bundle" ? "code" : "implementationCode / basicCode" });
    if (items.has(key)) throw wordedError(CatalogueDiffError, "error.diff.repeated-key", { side, index, key });
    items.set(key, item as Item);
  });
  return { kind, items };
}

const refOf = (key: string, item: Item): ItemRef => ({ key, name: textOf(item.name ?? "") });

/**
 * Diffs two catalogues of the same kind, matching items by key and, inside items, materials by id or
 * normalised name, fees by normalised name and other lists by their natural key, so order never matters.
 */
export function diffCatalogues(oldCatalogue: unknown, newCatalogue: unknown): CatalogueDiff {
  assertSameMajor([oldCatalogue, newCatalogue], "diffCatalogues");
  const before = itemsByKey(oldCatalogue, "old");
  const after = itemsByKey(newCatalogue, "new");
  if (before.kind !== undefined && after.kind !== undefined && before.kind !== after.kind) {
    throw wordedError(CatalogueDiffError, "error.diff.kinds", { before: shown(before.kind), after: shown(after.kind) });
  }
  const added: ItemRef[] = [];
  const changed: ChangedItem[] = [];
  let unchanged = 0;
  for (const [key, item] of after.items) {
    const old = before.items.get(key);
    if (!old) {
      added.push(refOf(key, item));
      continue;
    }
    const changes: ItemChange[] = [];
    diffValues(old, item, "", changes);
    if (changes.length > 0) changed.push({ ...refOf(key, item), changes });
    else unchanged++;
  }
  const removed = [...before.items].filter(([key]) => !after.items.has(key)).map(([key, item]) => refOf(key, item));
  // Undated documents are read as the newest major, as validate() reads them.
  const major = majorOfDocument(oldCatalogue) ?? majorOfDocument(newCatalogue) ?? latestMajor;
  const figures = (items: Item[]) => figuresOf(items, major);
  const matchedKeys = [...after.items.keys()].filter((key) => before.items.has(key));
  return {
    summary: { added: added.length, removed: removed.length, changed: changed.length, unchanged },
    added,
    removed,
    changed,
    metrics: {
      all: metricSet(figures([...before.items.values()]), figures([...after.items.values()]), major),
      matched: metricSet(figures(matchedKeys.map((k) => before.items.get(k)!)), figures(matchedKeys.map((k) => after.items.get(k)!)), major),
    },
  };
}
