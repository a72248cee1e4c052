/**
 * `npm run generate` writes, and `npm run check:generated` (this script with --check) verifies, every
 * generated file: the emitted JSON Schemas, the TypeScript types, the precompiled validators and the
 * element tables.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { SchemaSource } from "../src/schema/document.js";
import { bundleVersion, emitVersion, type VersionSource } from "./lib/emit-schemas.js";
import { elementTable, generateElements } from "./lib/generate-elements.js";
import { generateTypes } from "./lib/generate-types.js";
import { generateRuntime, generateRuntimeDeclarations, generateValidators } from "./lib/generate-validators.js";
import { compareOutput, writeOutput, type Output } from "./lib/output.js";
import { generatedDir, ID_BASE, ROOT, schemasDir } from "./lib/paths.js";

/**
 * Every major version the package publishes: each folder src/schema/vN/ is one, its index.ts the
 * TypeBox source (so opening a major needs no registration here).
 */
export async function readVersions(): Promise<VersionSource[]> {
  const dir = path.join(ROOT, "src/schema");
  const majors = fs.readdirSync(dir).filter((d) => /^v\d+$/.test(d)).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  return Promise.all(majors.map(async (version) => {
    const source = (await import(pathToFileURL(path.join(dir, version, "index.ts")).href)) as SchemaSource;
    return { version, documents: source.documents, definitions: source.definitions };
  }));
}

/** Generates every file of one version in memory. */
export async function generateVersion(source: VersionSource): Promise<Output> {
  const output: Output = new Map();
  const files = emitVersion(source, ID_BASE);
  for (const [file, schema] of files) output.set(path.join(schemasDir(source.version), file), JSON.stringify(schema, null, 2) + "\n");
  const bundle = bundleVersion(source, ID_BASE, `ZwfwStandard${source.version.toUpperCase()}`);
  output.set(path.join(generatedDir(source.version), "types.ts"), await generateTypes(bundle, source.version));
  const { js, dts } = await generateValidators(files, source.documents.map((d) => d.name), source.version);
  output.set(path.join(generatedDir(source.version), "validators.js"), js);
  output.set(path.join(generatedDir(source.version), "validators.d.ts"), dts);
  const items = source.documents.filter((d) => d.name !== "catalogue").map((d) => d.name);
  const fast = await generateValidators(files, items, source.version, false);
  output.set(path.join(generatedDir(source.version), "fast-validators.js"), fast.js);
  output.set(path.join(generatedDir(source.version), "fast-validators.d.ts"), fast.dts);
  const elements = generateElements(elementTable(files, source.documents.map((d) => d.name)), source.version);
  output.set(path.join(generatedDir(source.version), "elements.js"), elements.js);
  output.set(path.join(generatedDir(source.version), "elements.d.ts"), elements.dts);
  return output;
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const problems: string[] = [];
  const runtime: Output = new Map([
    [path.join(ROOT, "generated", "ajv-runtime.js"), await generateRuntime()],
    [path.join(ROOT, "generated", "ajv-runtime.d.ts"), generateRuntimeDeclarations()],
  ]);
  if (check) problems.push(...compareOutput(runtime, []));
  else writeOutput(runtime);
  for (const source of await readVersions()) {
    const output = await generateVersion(source);
    if (check) problems.push(...compareOutput(output, [schemasDir(source.version), generatedDir(source.version)]));
    else writeOutput(output);
  }
  if (problems.length > 0) {
    console.error(`Generated files are out of date (run \`npm run generate\` and commit):\n  ${problems.join("\n  ")}`);
    process.exit(1);
  }
  console.error(check ? "Generated files are up to date." : "Generated files written.");
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
