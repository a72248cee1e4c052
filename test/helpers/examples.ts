/** Loads the embedded examples and fixtures as fresh objects (tests may mutate them). */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./cli.js";

/** Reads a JSON file relative to the repository root. */
export function readJson<T = any>(relative: string): T {
  return JSON.parse(fs.readFileSync(path.join(ROOT, relative), "utf8")) as T;
}

/** The five-level chain, province standard first. */
export const CHAIN_FILES = [
  "examples/2-province-standard.json",
  "examples/3-city-suzhou.json",
  "examples/4-county-gusu.json",
  "examples/5-township-jinchang.json",
  "examples/6-village-yangyuxiang.json",
];
