/** Turns raw changes into the public shape: path, id, classification and a localized message, with renames paired. */
import type { Locale } from "../../i18n/locale.js";
import { message } from "../../i18n/messages.js";
import type { RawChange } from "./context.js";
import type { SchemaChange } from "./types.js";

/** The reported path: a JSON Pointer, prefixed by its file unless it is in the root document. */
export function formatPath(change: Pick<RawChange, "file" | "pointer">, rootFile: string | undefined): string {
  return change.file === rootFile ? change.pointer : `${change.file}#${change.pointer}`;
}

const parentOf = (c: RawChange) => `${c.file}#${c.pointer.slice(0, c.pointer.lastIndexOf("/properties/"))}`;

/**
 * A removed and an added property of the same object with the same JSON type are probably a rename:
 * both stay reported (a rename breaks both ways), and each message names the other.
 */
export function pairRenames(changes: RawChange[]): void {
  const added = changes.filter((c) => c.change === "property-added");
  const taken = new Set<RawChange>();
  for (const removed of changes.filter((c) => c.change === "property-removed")) {
    const partner = added.find((a) => !taken.has(a) && parentOf(a) === parentOf(removed) && a.params.type === removed.params.type);
    if (!partner) continue;
    taken.add(partner);
    removed.params.renamedTo = partner.params.name;
    partner.params.renamedFrom = removed.params.name;
  }
}

/** The public change records, in the order found. */
export function toSchemaChanges(changes: RawChange[], rootFile: string | undefined, locale: Locale): SchemaChange[] {
  pairRenames(changes);
  return changes.map((c) => ({
    path: formatPath(c, rootFile),
    change: c.change,
    backward: c.backward,
    forward: c.forward,
    message: message(`diff.schema.${c.change}`, locale, c.params),
  }));
}
