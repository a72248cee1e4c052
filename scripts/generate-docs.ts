/**
 * `npm run docs`: writes the bilingual reference of each major (docs/standard.md for the latest,
 * docs/standard-<major>.md for older ones), generated from its schemas, the code sets, the rules and
 * the examples. `--check` writes nothing and exits 1 when a file is stale.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateStandardDocs } from "./docs/generate.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

for (const { file, content } of generateStandardDocs(ROOT)) {
  const target = path.join(ROOT, file);
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
    if (current !== content) {
      console.error(`${file} is stale: run npm run docs`);
      process.exitCode = 1;
    }
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
    console.log(`wrote ${file}`);
  }
}
