/**
 * The JSON text of a document in pieces, so a writer never holds the whole text: a catalogue of
 * 187,000 items is a string of ≈ 200 M characters (twice that in bytes while it is encoded), while
 * each piece here is one element of a top-level list. Browser-safe.
 */
import { stringifyJson } from "./stringify-json.js";

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== "function";

/** The piece that opens a top-level key: `{` or `,`, a line break, the indent and the key. */
export const jsonKeyPiece = (key: string, first: boolean, indent: number): string => `${first ? "{" : ","}\n${" ".repeat(indent)}${JSON.stringify(key)}: `;

/** A value's text, indented to sit at `depth` (JSON text holds no raw line break inside a string, so re-indenting its lines is safe). */
export const jsonNested = (value: unknown, indent: number, depth: string): string => stringifyJson(value, indent).replaceAll("\n", `\n${depth}`);

/** The piece of element `index` of a top-level list. */
export const jsonElementPiece = (value: unknown, index: number, indent: number): string => {
  const pad = " ".repeat(indent);
  return `${index > 0 ? "," : ""}\n${pad}${pad}${jsonNested(value ?? null, indent, pad + pad)}`;
};

/** The piece that closes a top-level list of at least one element. */
export const jsonListEndPiece = (indent: number): string => `\n${" ".repeat(indent)}]`;

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
  let wrote = false;
  for (const [key, value] of Object.entries(document)) {
    if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    const head = jsonKeyPiece(key, !wrote, indent);
    wrote = true;
    if (!Array.isArray(value) || value.length === 0) {
      yield head + jsonNested(value, indent, pad);
      continue;
    }
    yield `${head}[`;
    for (let i = 0; i < value.length; i++) yield jsonElementPiece(value[i], i, indent);
    yield jsonListEndPiece(indent);
  }
  yield wrote ? "\n}" : "{}";
}
