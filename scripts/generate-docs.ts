/**
 * `npm run docs`: writes docs/standard.md, the bilingual reference generated from schemas/v1, the
 * code sets, the rules and the examples. `--check` writes nothing and exits 1 when the file is stale.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateStandardDoc, STANDARD_DOC } from "./docs/generate.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const target = path.join(ROOT, STANDARD_DOC);
const expected = generateStandardDoc(ROOT);

if (process.argv.includes("--check")) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  if (current !== expected) {
    console.error(`${STANDARD_DOC} is stale: run npm run docs`);
    process.exitCode = 1;
  }
} else {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, expected);
  console.log(`wrote ${STANDARD_DOC}`);
}
