/**
 * A value from input, shown in a message. String(value) throws on an object whose toString is not
 * a function ({"toString": null} parses from JSON) and Number(value) likewise, so messages about
 * input never call them on it. Browser-safe.
 */
import { stringifyJson } from "./stringify-json.js";

/** A string as it is, anything else as short JSON ("undefined" for nothing), at most 80 characters. */
export function shown(value: unknown): string {
  if (typeof value === "string") return value.length > 80 ? `${value.slice(0, 79)}…` : value;
  let text: string | undefined;
  try {
    text = stringifyJson(value);
  } catch {
    text = "[object]";
  }
  text ??= "undefined";
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** A value from input as text (a name in a message, a key to match by): a string as it is, anything else as shown() gives it, never a throw. */
export function textOf(value: unknown): string {
  return typeof value === "string" ? value : shown(value);
}

/** A number from input, or NaN for anything that is not a number or a numeric string (never a throw). */
export function numberOf(value: unknown): number {
  return typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
}
