/** Node-only: writes a catalogue as an .xlsx workbook, or as CSV files (out.csv, out.materials.csv …). */
import fs from "node:fs";
import type { CatalogueKind } from "../../../rules/item-kind.js";
import { csvFileFor, csvFromSheet } from "../../../spreadsheet/csv.js";
import { exportSpecs, layoutOfDocument, rowsFromCatalogue } from "../../../spreadsheet/rows-from-catalogue.js";
import { exportXlsx } from "../../../spreadsheet/workbook-export.js";
import { inputError } from "../../errors.js";

/** Writes `catalogue` to `output` by its extension and returns the files written. */
export async function writeSpreadsheet(catalogue: { kind: CatalogueKind }, output: string): Promise<string[]> {
  if (/\.csv$/i.test(output)) {
    const specs = exportSpecs(catalogue.kind, layoutOfDocument(catalogue));
    return rowsFromCatalogue(catalogue).map((sheet, i) => {
      const file = csvFileFor(output, specs[i]!);
      fs.writeFileSync(file, csvFromSheet(sheet));
      return file;
    });
  }
  if (!/\.xlsx$/i.test(output)) throw inputError("cli.sheet.output", { value: output });
  fs.writeFileSync(output, exportXlsx(catalogue));
  return [output];
}
