/**
 * `npm run docs`: writes docs/standard.md (v1) and docs/standard-<id>.md (each later major), the bilingual reference generated from the schemas, the
 * code sets, the rules and the examples. `--check` writes nothing and exits 1 when the file is stale.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateStandardDoc, laterStandardDocs, STANDARD_DOC } from "./docs/generate.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const docs = [{ file: STANDARD_DOC, text: () => generateStandardDoc(ROOT) }, ...laterStandardDocs(ROOT)];

for (const doc of docs) {
  const target = path.join(ROOT, doc.file);
  const expected = doc.text();
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
    if (current !== expected) {
      console.error(`${doc.file} is stale: run npm run docs`);
      process.exitCode = 1;
    }
  } else {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, expected);
    console.log(`wrote ${doc.file}`);
  }
}
