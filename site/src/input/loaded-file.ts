/** A file the user gave the page: its name, its format (by extension) and its bytes. */
import { locale } from "../i18n.js";
import { decodeUtf8 } from "./json-text.js";

/** The formats the page reads. */
export type InputFormat = "json" | "jsonl" | "csv" | "xlsx";

/** A file as read from the picker or a drop, before parsing. */
export interface LoadedFile {
  name: string;
  format: InputFormat;
  bytes: Uint8Array;
}

/** The format of a file name, or undefined when the page cannot read it. */
export function formatOf(name: string): InputFormat | undefined {
  const m = /\.(json|jsonl|ndjson|csv|xlsx)$/i.exec(name);
  if (!m) return undefined;
  const ext = m[1]!.toLowerCase();
  return ext === "ndjson" ? "jsonl" : (ext as InputFormat);
}

export { InputProblem } from "./input-problem.js";

/** Decodes UTF-8 strictly in the page's language (a BOM is dropped); GBK and other encodings are reported, never guessed. */
export const decodeText = (file: LoadedFile): string => decodeUtf8(file.bytes, locale());
