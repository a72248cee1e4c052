/** The files of a region run: files as given, folders expanded to the JSON lists inside them. */
import fs from "node:fs";
import path from "node:path";
import { inputError } from "../errors.js";

/** Whether a file name is a JSON list (.json or .json.gz). */
const isJsonList = (name: string) => /\.json(\.gz)?$/i.test(name);

/** The files under `dir`, recursively, sorted by path (a stable order for reports). */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(full) : entry.isFile() && isJsonList(entry.name) ? [full] : [];
    })
    .sort();
}

/** Each path as a file, or a folder's JSON files; a missing path is an input error (exit 2). */
export function listFiles(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw inputError("input.no-such-file", {}, p);
    }
    return stat.isDirectory() ? filesUnder(p) : [p];
  });
}
