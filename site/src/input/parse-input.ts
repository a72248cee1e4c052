/** Parses a loaded file into what the checks take: a JSON document, JSONL lines, or an imported spreadsheet. */
import { locale } from "../i18n.js";
import { parseJsonText } from "./json-text.js";
import type { CatalogueKind } from "../../../src/rules/item-kind.js";
import type { DocumentName } from "../../../src/validate/validators.js";
import { documentNameOf, itemKindOf } from "./document-name.js";
import { decodeText, type LoadedFile } from "./loaded-file.js";
import { catalogueOfSheets, readSheets } from "./import-spreadsheet.js";
import type { SheetData } from "../../../src/spreadsheet/index.js";

/** A parsed input. Spreadsheets keep their sheets (the import runs again per language) and the catalogue read from them. */
export type ParsedInput =
  | { name: string; format: "json"; document: unknown; as: DocumentName; /** The text, for showing an issue at its place. */ text: string }
  | { name: string; format: "jsonl"; lines: string[]; kind: CatalogueKind; file?: undefined }
  /** A large JSONL file: kept as the File and validated in a worker, streamed (never read whole, so no lines here). */
  | { name: string; format: "jsonl"; file: Blob; kind: CatalogueKind; lines?: undefined }
  | { name: string; format: "csv" | "xlsx"; document: unknown; as: "catalogue"; sheets: SheetData[]; bytes: Uint8Array };

/** The item kind of a JSONL file: that of its first line that parses. */
function linesKind(lines: readonly string[]): CatalogueKind {
  for (const line of lines) {
    if (line.trim() === "") continue;
    try {
      return itemKindOf(JSON.parse(line));
    } catch {
      continue;
    }
  }
  return "implementation";
}

/** JSONL files larger than this are validated in a worker, streamed: reading them whole would freeze the tab and fill memory. */
export const STREAM_BYTES = 4 * 1024 * 1024;
/** The head of a large file read to tell its item kind. */
const HEAD_BYTES = 1024 * 1024;

/** Whether a chosen file is validated in a worker rather than read here. */
export const streams = (name: string, size: number, format: string) => format === "jsonl" && size > STREAM_BYTES;

/** Whether a chosen main file is a JSON document large enough to be read, parsed and validated in the worker (a catalogue cannot stream, but it can leave the page's thread). */
export const parsesInWorker = (size: number, format: string) => format === "json" && size > STREAM_BYTES;

/** A large JSONL file as the worker takes it; its kind comes from the first readable line of its head. */
export async function streamedInput(name: string, file: Blob): Promise<ParsedInput> {
  const head = new TextDecoder().decode(await file.slice(0, HEAD_BYTES).arrayBuffer());
  // The head's last line may be cut short; it is left out (JSON.parse would fail on it anyway).
  const lines = head.split(/\r?\n/).slice(0, -1);
  return { name, format: "jsonl", file, kind: linesKind(lines) };
}

/** Parses a file; throws InputProblem when it cannot be read at all. */
export async function parseInput(file: LoadedFile): Promise<ParsedInput> {
  if (file.format === "csv" || file.format === "xlsx") {
    const sheets = await readSheets(file);
    return { name: file.name, format: file.format, document: catalogueOfSheets(sheets), as: "catalogue", sheets, bytes: file.bytes };
  }
  const text = decodeText(file);
  if (file.format === "jsonl") {
    const lines = text.split(/\r?\n/);
    if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
    return { name: file.name, format: "jsonl", lines, kind: linesKind(lines) };
  }
  const document = parseJsonText(text, locale());
  return { name: file.name, format: "json", document, as: documentNameOf(document), text };
}
