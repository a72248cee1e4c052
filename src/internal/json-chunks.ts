/**
 * The JSON text of a document in pieces, so a writer never holds the whole text: a catalogue of
 * 187,000 items is a string of ≈ 200 M characters (twice that in bytes while it is encoded), while
 * each piece here is one element of a top-level list. Browser-safe.
 */
import { stringifyJson } from "./stringify-json.js";

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== "function";

/**
 * Pieces whose concatenation is `stringifyJson(document, indent)` (indent > 0) for a plain object
 * whose lists hold no undefined, functions or symbols (JSON data, as parsed or imported): the
 * top-level keys one by one, and each element of a top-level list on its own. Other values are one piece.
 */
export function* jsonChunks(document: unknown, indent: number): Generator<string> {
  if (!isPlainObject(document) || indent <= 0) {
    yield stringifyJson(document, indent);
    return;
  }
  const pad = " ".repeat(indent);
  // A piece is indented by re-indenting its own text: JSON text holds no raw line break inside a string.
  const nested = (value: unknown, depth: string) => stringifyJson(value, indent).replaceAll("\n", `\n${depth}`);
  let wrote = false;
  for (const [key, value] of Object.entries(document)) {
    if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    const head = `${wrote ? "," : "{"}\n${pad}${JSON.stringify(key)}: `;
    wrote = true;
    if (!Array.isArray(value) || value.length === 0) {
      yield head + nested(value, pad);
      continue;
    }
    yield `${head}[`;
    for (let i = 0; i < value.length; i++) yield `${i > 0 ? "," : ""}\n${pad}${pad}${nested(value[i] ?? null, pad + pad)}`;
    yield `\n${pad}]`;
  }
  yield wrote ? "\n}" : "{}";
}
