/**
 * Node-only: `zwfw import` of a large CSV in bounded memory. When the CSV set has no detail sheets (out.csv, with or
 * without out.info.csv), its rows are parsed as a stream and each item is read, validated alone (StreamedImport) and
 * written to a temporary file at once, which becomes the output if the import may be written. The rows, the items and
 * (with --max-issues) the findings are never all held; the output and the report are the in-memory import's.
 */
import fs from "node:fs";
import os from "node:os";
import type { Locale } from "../../../i18n/locale.js";
import { jsonElementPiece, jsonKeyPiece, jsonListEndPiece, jsonNested } from "../../../internal/json-chunks.js";
import { StreamedImport, type StreamedImportOptions } from "../../../node/streamed-import.js";
import { removeOnExit, type TempFile } from "../../../node/temp-file.js";
import type { Issue, Report } from "../../../report/issue.js";
import { sheetSpecs } from "../../../spreadsheet/columns.js";
import { csvFileFor, parseSheet } from "../../../spreadsheet/csv.js";
import type { Data } from "../../../spreadsheet/read-record.js";
import type { SheetData } from "../../../spreadsheet/sheet-data.js";
import { parse } from "csv-parse/sync";
import { inputError } from "../../errors.js";
import { withFileName } from "../../input/read-input.js";
import { isUtf8CsvFile, readCsv } from "./read-csv.js";
import { fileEncodingIssue } from "./read-spreadsheet.js";
import { eachCsvRecord, type CsvSource } from "./stream-csv.js";

const INDENT = 2;
/** Characters gathered before a write: a write a piece would make tens of thousands of system calls. */
const BATCH = 1 << 20;
/** Rows read before the import starts: the header is searched in the first ten. */
const HEAD_ROWS = 10;

/** A catalogue written to a temporary file as JSON, an item at a time, in the bytes writeJsonOutput would write for it whole. */
class CatalogueFile {
  private readonly temp: TempFile = CatalogueFile.open();
  private batch = "";
  private items = 0;
  private readonly after: [string, unknown][];

  /** Opens the file and writes the header up to the items (`document` holds `items` where they go). */
  constructor(document: Data) {
    const entries = Object.entries(document).filter(([, value]) => value !== undefined);
    const at = entries.findIndex(([key]) => key === "items");
    entries.slice(0, at).forEach(([key, value], i) => this.write(jsonKeyPiece(key, i === 0, INDENT) + jsonNested(value, INDENT, " ".repeat(INDENT))));
    this.write(jsonKeyPiece("items", at === 0, INDENT));
    this.after = entries.slice(at + 1);
  }

  /** A temporary file; a temporary folder that cannot be written is the user's to fix (TMPDIR), so one line and exit 2. */
  private static open(): TempFile {
    try {
      return removeOnExit("zwfw-import-");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      throw inputError("cli.file.cannot-write", { code }, os.tmpdir());
    }
  }

  /** Appends an item. */
  item(item: Data): void {
    this.write((this.items === 0 ? "[" : "") + jsonElementPiece(item, this.items++, INDENT));
  }

  /** Writes the rest of the header, then moves the file to `output`. */
  moveTo(output: string): void {
    this.write(this.items === 0 ? "[]" : jsonListEndPiece(INDENT));
    for (const [key, value] of this.after) this.write(jsonKeyPiece(key, false, INDENT) + jsonNested(value, INDENT, " ".repeat(INDENT)));
    this.write("\n}\n", true);
    try {
      try {
        fs.renameSync(this.temp.path, output);
      } catch (error) {
        // The temporary folder may be on another file system than the output.
        if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
        fs.copyFileSync(this.temp.path, output);
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      throw inputError("cli.file.cannot-write", { code }, output);
    } finally {
      this.remove();
    }
  }

  /** Deletes the file (again is a no-op). */
  remove(): void {
    this.temp.remove();
  }

  private write(piece: string, flush = false): void {
    this.batch += piece;
    if (this.batch.length < BATCH && !flush) return;
    fs.writeSync(this.temp.fd, this.batch);
    this.batch = "";
  }
}

/** A streamed import's report, and its catalogue in a temporary file to move to the output or remove. */
export interface StreamedCsvImport {
  report: Report;
  /** The catalogue, written to a temporary file. */
  pending: { moveTo(output: string): void; remove(): void };
}

/** Imports a CSV set as a stream; undefined when it cannot be streamed (detail sheets beside it, or options that need the whole import). */
export async function streamCsvImport(file: string, maxRows: number, options: StreamedImportOptions & { locale: Locale }): Promise<StreamedCsvImport | undefined> {
  const present = sheetSpecs.filter((spec) => spec.csv === "" || fs.existsSync(csvFileFor(file, spec)));
  if (!StreamedImport.fits(options) || present.some((spec) => spec.role !== "items" && spec.role !== "info")) return undefined;
  // Read as readSpreadsheet reads the set, in the same order: the findings about the files, then the sheets.
  const before: Issue[] = [];
  const sheets: SheetData[] = [];
  let items: { path: string; source: CsvSource; sheet: SheetData } | undefined;
  for (const spec of present) {
    const path = csvFileFor(file, spec);
    // A UTF-8 items file is read twice a chunk at a time (checked, then parsed), never held; another is read whole and decoded.
    const { text, encoding } = spec.role === "items" && (await isUtf8CsvFile(path)) ? { text: undefined, encoding: "utf-8" } : readCsv(path);
    if (encoding !== "utf-8") {
      before.push(fileEncodingIssue(path, spec.name, options.locale));
    }
    if (spec.role !== "items") sheets.push(withFileName(path, () => parseSheet(text!, spec.name, { file: path, maxRows }, parse)));
    else sheets.push((items = { path, source: text === undefined ? { file: path } : { text }, sheet: { name: spec.name, rows: [], file: path } }).sheet);
  }
  const head = items!.sheet;
  let run: StreamedImport | undefined;
  let output: CatalogueFile | undefined;
  const start = () => {
    run = new StreamedImport(sheets, options, (item) => output!.item(item));
    output = new CatalogueFile(run.document);
    for (let r = run.headerRow; r < head.rows.length; r++) run.row(r, head.rows[r]);
  };
  try {
    const truncatedAt = await eachCsvRecord(items!.source, maxRows, (record, index) => {
      if (run) return run.row(index, record);
      head.rows.push(record);
      if (head.rows.length === HEAD_ROWS) start();
    }).catch((error: unknown) => withFileName(items!.path, () => { throw error; }));
    if (truncatedAt !== undefined) Object.assign(head, { truncatedAt, rowLimit: maxRows });
    if (!run) start();
    return { report: run!.finish(before), pending: output! };
  } catch (error) {
    output?.remove();
    throw error;
  }
}
