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

/**
 * ajv's standalone code leaves statements a bundler must keep even when no validator is imported: it
 * sets `validateN.evaluated = {…}` on each function (read back inside the function) and builds
 * patterns with `new RegExp`. The annotations move `evaluated` into a plain constant and mark the
 * constructors pure, so a bundle keeps only the validators it imports (issue 12).
 */
export function treeShakable(source: string): string {
  return source
    .replace(/\b(validate\d+)\.evaluated = /g, "const evaluated_$1 = ")
    .replace(/\b(validate\d+)\.evaluated\b/g, "evaluated_$1")
    .replace(/\bnew RegExp\(/g, "/* @__PURE__ */ new RegExp(");
}

/**
 * Marks esbuild's CommonJS wrappers of ajv's runtime helpers (inlined requires) as pure calls; a
 * property read of a required module (`require_x().default`) goes in a pure arrow call.
 */
export function pureHelpers(js: string): string {
  return js
    .replace(/^var (\w+) = (require_\w+\(\)(?:\.\w+)+);$/gm, "var $1 = /* @__PURE__ */ (() => $2)();")
    .replace(/(= )(__commonJS\(|require_\w+\(\))/g, "$1/* @__PURE__ */ $2");
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
  const source = treeShakable(standaloneCode.default(ajv, exportsMap));
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
  const js = head + pureHelpers(result.outputFiles[0]!.text);
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
