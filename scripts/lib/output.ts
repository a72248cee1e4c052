/** Generator output as a map from repository path to content, shared by `generate` and `generate --check`. */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths.js";

/** Absolute path → file content. */
export type Output = Map<string, string>;

/** Writes every file of the output, creating folders as needed. */
export function writeOutput(output: Output): void {
  for (const [file, content] of output) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/**
 * Compares the output with the files on disk and lists the stale ones: changed, missing, and
 * orphans (files in a generated folder that no generator writes any more).
 */
export function compareOutput(output: Output, ownedDirs: string[]): string[] {
  const problems: string[] = [];
  for (const [file, content] of output) {
    const rel = path.relative(ROOT, file);
    if (!fs.existsSync(file)) problems.push(`missing: ${rel}`);
    else if (fs.readFileSync(file, "utf8") !== content) problems.push(`stale: ${rel}`);
  }
  for (const dir of ownedDirs) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir)) {
      const file = path.join(dir, name);
      if (fs.statSync(file).isFile() && !output.has(file)) problems.push(`orphan: ${path.relative(ROOT, file)}`);
    }
  }
  return problems;
}
