/** The name of an item element, as reports, diffs and the page show it: schema titles in zh, property keys in en. */
import type { Locale } from "../i18n/locale.js";
import { message } from "../i18n/messages.js";
import { elementLabels, elementsAlong } from "./elements.js";
import { latestMajor, majors } from "./majors.js";

/**
 * The element names along a JSON Pointer into an item, e.g. "/timeLimit/promised/value" → "办结时限 › 承诺办结时限 › 时限":
 * the schema titles (zh) or property keys (en). A diff or finding does not record its major, so the newest major that
 * knows the whole path names it (a key v1 alone has is still found in v1); keys outside every schema are shown as they are.
 */
export function fieldLabel(path: string, locale: Locale): string {
  const pointer = `/items/0${path}`;
  const major = [...majors].reverse().find((m) => elementsAlong(m, "catalogue", pointer) !== undefined) ?? latestMajor;
  const titles = elementLabels(major, "catalogue", pointer).slice(1);
  const keys = path.split("/").slice(1).filter((t) => !/^\d+$/.test(t)).map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
  return keys.map((key, i) => message("diff.field", locale, { key, title: titles[i] ?? key })).join(" › ");
}
