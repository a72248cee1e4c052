/**
 * Emitted JSON Schemas → one self-contained ESM file of precompiled ajv validators.
 * ajv's standalone output still `require`s its runtime helpers and ajv-formats; esbuild inlines them
 * so the file runs in browsers and in ESM without ajv installed.
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";
import { banner } from "./banner.js";
import { ROOT } from "./paths.js";

/** Validator export name for a document name: "basic-item" → "validateBasicItem". */
export function validatorName(documentName: string): string {
  return "validate" + documentName.split("-").map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
}

/**
 * The ajv instance the generator uses, with the options the standard relies on. `allErrors` reports
 * every problem of a document; the fast variant stops at the first, for the streaming hot path
 * (valid records are the common case, and only an invalid one is re-checked for all its errors).
 */
export function createAjv(allErrors = true): InstanceType<typeof Ajv2020.default> {
  const ajv = new Ajv2020.default({
    allErrors,
    // The fail-fast variant is only a pre-filter (a failing item is re-checked by the full validator),
    // so it may be stricter but never looser: counting UTF-16 units for maxLength is stricter, and with
    // every minLength at 1 no looser; all patterns are ASCII, so non-unicode regexps match alike.
    ...(allErrors ? {} : { unicode: false, unicodeRegExp: false }),
    strict: true,
    discriminator: true,
    code: { source: true, esm: true, optimize: true },
  });
  addFormats.default(ajv, ["date"]);
  return ajv;
}

/** Generates validators.js and its declarations for the given emitted schema files. */
export async function generateValidators(
  files: ReadonlyMap<string, Record<string, unknown>>,
  documentNames: readonly string[],
  version: string,
  allErrors = true,
): Promise<{ js: string; dts: string }> {
  const ajv = createAjv(allErrors);
  for (const schema of files.values()) ajv.addSchema(schema);
  const exportsMap: Record<string, string> = {};
  for (const name of documentNames) exportsMap[validatorName(name)] = String(files.get(`${name}.schema.json`)!.$id);
  const source = standaloneCode.default(ajv, exportsMap);
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    mainFields: ["module", "main"],
    write: false,
    legalComments: "none",
  });
  const head = banner("scripts/generate.ts (ajv standalone + esbuild)", `schemas/${version}/*.schema.json`);
  const js = head + result.outputFiles[0]!.text;
  const dts = head + [
    "/** An ajv error object, as returned in `validate.errors`. */",
    "export interface ValidatorError {",
    "  instancePath: string;",
    "  schemaPath: string;",
    "  keyword: string;",
    "  params: Record<string, unknown>;",
    "  message?: string;",
    "}",
    "/** A precompiled validator: returns true when valid, and leaves the errors on `errors`. */",
    "export interface Validator {",
    "  (data: unknown): boolean;",
    "  errors?: ValidatorError[] | null;",
    "}",
    ...documentNames.map((n) => `/** Validates a ${n} document against schemas/${version}/${n}.schema.json${allErrors ? "" : ", stopping at the first error"}. */\nexport declare const ${validatorName(n)}: Validator;`),
    "",
  ].join("\n");
  return { js, dts };
}
