/** A file the user gave the page: its name, its format (by extension) and its bytes. */
import { t } from "../i18n.js";

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

/** An input problem the page shows as one line (bad encoding, malformed JSON, unknown format). */
export class InputProblem extends Error {}

/** Decodes UTF-8 strictly (a BOM is dropped); GBK and other encodings are reported, never guessed. */
export function decodeText(file: LoadedFile): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    throw new InputProblem(t("input.not-utf8"));
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
