/**
 * The real public datasets beside the repository (../shared/realdata/<dataset>/raw): read as test
 * inputs when present, never copied in. When a dataset is absent its tests skip, and say so.
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./cli.js";

/** Where the datasets live, relative to the repository root. */
export const REALDATA = path.resolve(ROOT, "../shared/realdata");

/** The path of a dataset's raw file. */
export const realFile = (dataset: string, file: string) => path.join(REALDATA, dataset, "raw", file);

/** Whether a dataset's raw file is present; prints a visible note when it is not. */
export function hasRealData(dataset: string, file: string): boolean {
  const present = fs.existsSync(realFile(dataset, file));
  if (!present) console.warn(`[realdata] ${dataset}/raw/${file} is absent: its tests are skipped (see ../shared/realdata/README.md)`);
  return present;
}

/** A dataset's raw file as parsed JSON. */
export const readRealJson = (dataset: string, file: string): any => JSON.parse(fs.readFileSync(realFile(dataset, file), "utf8"));
