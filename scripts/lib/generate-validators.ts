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
    // The full validators call each $ref'd definition as a shared function instead of inlining it
    // at every use: a third of the code, for browsers; the fail-fast hot path keeps the inlining.
    inlineRefs: !allErrors,
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

/**
 * ajv compiles a definition once per root schema that reaches it, so the same function appears
 * several times under different names. Identical functions (with their own name set aside) and
 * equal `evaluated` constants are kept once and every reference renamed, until none repeat.
 */
export function dedupeValidators(js: string): string {
  for (;;) {
    const evaluated = new Map([...js.matchAll(/^var evaluated_(validate\d+) = (.*);$/gm)].map((m) => [m[1]!, m[2]!]));
    const first = new Map<string, string>();
    const alias = new Map<string, string>();
    for (const m of js.matchAll(/^function (validate\d+)\([\s\S]*?^}$/gm)) {
      const name = m[1]!;
      const key = `${m[0].replace(new RegExp(`\\b(evaluated_)?${name}\\b`, "g"), "SELF")}\n${evaluated.get(name) ?? ""}`;
      const kept = first.get(key);
      if (kept) alias.set(name, kept);
      else first.set(key, name);
    }
    if (alias.size === 0) return js;
    for (const name of alias.keys()) {
      js = js.replace(new RegExp(`^function ${name}\\([\\s\\S]*?^}\n`, "m"), "").replace(new RegExp(`^var evaluated_${name} = .*;\n`, "m"), "");
    }
    js = js.replace(/\b(evaluated_)?(validate\d+)\b/g, (_, prefix: string | undefined, n: string) => (prefix ?? "") + (alias.get(n) ?? n));
  }
}

/** Keywords that only annotate: validation never reads them, so the compiled code need not embed them. */
const ANNOTATIONS = new Set(["title", "description", "$comment", "examples", "default", "deprecated", "readOnly", "writeOnly"]);
/** Keywords whose value maps names to subschemas. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
/** Keywords whose value is a subschema or a list of them. */
const SUBSCHEMAS = new Set(["items", "prefixItems", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "contains", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "propertyNames"]);

/**
 * A schema without its annotations (titles, descriptions …). ajv's standalone code embeds the schema
 * objects it refers to, texts included; the published schemas keep them, the validators need not.
 */
export function withoutAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutAnnotations);
  if (typeof schema !== "object" || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && typeof value === "object" && value !== null) out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutAnnotations(v)]));
    else if (SUBSCHEMAS.has(key)) out[key] = withoutAnnotations(value);
    else out[key] = value;
  }
  return out;
}

/** Generates validators.js and its declarations for the given emitted schema files. */
export async function generateValidators(
  files: ReadonlyMap<string, Record<string, unknown>>,
  documentNames: readonly string[],
  version: string,
  allErrors = true,
): Promise<{ js: string; dts: string }> {
  const ajv = createAjv(allErrors);
  for (const schema of files.values()) ajv.addSchema(withoutAnnotations(schema) as Record<string, unknown>);
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
  const js = head + pureHelpers(dedupeValidators(result.outputFiles[0]!.text));
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
