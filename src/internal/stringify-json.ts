/**
 * JSON.stringify for values of any depth. V8's JSON.stringify recurses and throws RangeError at a
 * few thousand levels, while JSON.parse reads far deeper: a valid catalogue may carry `extensions`
 * nested that deep, and export, diff and the reports must still write it. Native stringify does
 * the usual case; only a RangeError falls back to this loop with its own stack (same output: plain
 * JSON data, undefined and functions skipped in objects and null in arrays, non-finite numbers
 * null; a cycle is a TypeError, as natively). Browser-safe.
 */

/** Levels indented; deeper levels keep the last indentation. */
const MAX_PAD = 100;

type Frame = { value: unknown[] | Record<string, unknown>; keys: string[] | undefined; index: number; wrote: boolean; pad: string };

/** JSON text of `value`, like JSON.stringify(value, null, indent), at any depth. */
export function stringifyJson(value: unknown, indent?: number): string {
  if (indent !== undefined && indent < 0) indent = 0;
  try {
    return JSON.stringify(value, null, indent);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return stringifyDeep(value, indent ?? 0);
  }
}

/** Canonical JSON (object keys sorted, undefined values left out) at any depth: the loop of stringifyJson with sorted keys. */
export function canonicalDeep(value: unknown): string {
  return stringifyDeep(value, 0, true);
}

/** The fallback itself, exported for the test that compares it with JSON.stringify on shallow values. */
export const stringifyDeepForTest = (value: unknown, indent = 0) => stringifyDeep(value, indent);

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A scalar as JSON, or undefined for what JSON leaves out. */
function scalar(value: unknown): string | undefined {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") return undefined;
  return JSON.stringify(value);
}

function stringifyDeep(root: unknown, indent: number, sortKeys = false): string {
  const step = " ".repeat(indent);
  const out: string[] = [];
  const stack: Frame[] = [];
  const open = new Set<object>();
  const nl = (pad: string) => (indent > 0 ? `\n${pad}` : "");
  /** Writes a value: a scalar at once, a container by pushing its frame. */
  const write = (value: unknown, pad: string): boolean => {
    if (typeof value !== "object" || value === null || value instanceof Date || value instanceof Number || value instanceof String || value instanceof Boolean) {
      const text = scalar(value);
      if (text === undefined) return false;
      out.push(text);
      return true;
    }
    if (open.has(value)) throw new TypeError("Converting circular structure to JSON");
    open.add(value);
    const isArray = Array.isArray(value);
    out.push(isArray ? "[" : "{");
    stack.push({ value: value as Frame["value"], keys: isArray ? undefined : sortKeys ? Object.keys(value).sort(byCodeUnit) : Object.keys(value), index: 0, wrote: false, pad });
    return true;
  };
  if (!write(root, "")) return undefined as unknown as string;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    // Indentation stops growing after MAX_PAD levels: deeper, it would make the text quadratic in the depth.
    const inner = frame.pad.length < MAX_PAD * indent ? frame.pad + step : frame.pad;
    const length = frame.keys ? frame.keys.length : (frame.value as unknown[]).length;
    if (frame.index >= length) {
      stack.pop();
      open.delete(frame.value);
      out.push(`${frame.wrote ? nl(frame.pad) : ""}${frame.keys ? "}" : "]"}`);
      continue;
    }
    const i = frame.index++;
    if (frame.keys) {
      const key = frame.keys[i]!;
      const child = (frame.value as Record<string, unknown>)[key];
      if (child === undefined || typeof child === "function" || typeof child === "symbol") continue;
      out.push(`${frame.wrote ? "," : ""}${nl(inner)}${JSON.stringify(key)}:${indent > 0 ? " " : ""}`);
      frame.wrote = true;
      write(child, inner);
    } else {
      out.push(`${frame.wrote ? "," : ""}${nl(inner)}`);
      frame.wrote = true;
      if (!write((frame.value as unknown[])[i], inner)) out.push("null");
    }
  }
  return out.join("");
}
