/**
 * Emitted JSON Schemas → one ESM file of precompiled ajv validators per major and variant. ajv's
 * standalone output `require`s its runtime helpers and ajv-formats: they are bundled once, as ESM, into
 * generated/ajv-runtime.js, which every validator file imports (with src/schema/schema-error.ts), so the
 * files run in browsers and in ESM without ajv installed.
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";
import { schemaErrorMessages, singleParams } from "../../src/schema/schema-error.js";
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
    // The full validators' errors get their messages from schemaError (see errorCalls).
    messages: !allErrors,
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
  // Ajv2020 turns on the tracking of evaluated properties and dynamic anchors whatever the options
  // say; the standard uses neither `unevaluated*` nor `$dynamicRef` (assertNoDynamicKeywords), and the
  // tracking is a twelfth of the code. The flags are read when a schema is compiled, so setting them
  // here (before any schema is added) compiles without it.
  Object.assign(ajv.opts, { unevaluated: false, dynamicRef: false });
  return ajv;
}

/** Keywords that need the tracking createAjv turns off. */
const DYNAMIC_KEYWORDS = /"(unevaluatedProperties|unevaluatedItems|\$dynamicRef|\$dynamicAnchor|\$recursiveRef)"\s*:/;

/** Fails the generation when a schema uses a keyword that needs the tracking createAjv turns off. */
export function assertNoDynamicKeywords(files: ReadonlyMap<string, unknown>): void {
  for (const [file, schema] of files) {
    const found = DYNAMIC_KEYWORDS.exec(JSON.stringify(schema));
    if (found) throw new Error(`${file} uses ${found[1]}: createAjv compiles without evaluated-property tracking; turn it back on first`);
  }
}

/**
 * ajv's allErrors code builds each error inline (`const errN = {instancePath, schemaPath, keyword,
 * params}; if (vErrors === null) …push…; errors++;`); each becomes one call of schemaError
 * (src/schema/schema-error.ts), which also adds the message. A keyword without a message there fails
 * the generation.
 */
export function errorCalls(source: string): string {
  return source.replace(
    /const (err\d+) = \{instancePath([\s\S]*?),schemaPath:("(?:[^"\\]|\\.)*"),keyword:"(\w+)",params:([\s\S]*?)\};if\(vErrors === null\)\{vErrors = \[\1\];\}else \{vErrors\.push\(\1\);\}errors\+\+;/g,
    (_, _name: string, path: string, schemaPath: string, keyword: string, params: string) => {
      if (!Object.hasOwn(schemaErrorMessages, keyword)) throw new Error(`no message for the keyword "${keyword}" in src/schema/schema-error.ts`);
      if (!schemaPath.endsWith(`/${keyword}"`)) throw new Error(`schemaPath ${schemaPath} does not end with its keyword ${keyword}`);
      // A keyword's single parameter is passed alone (schemaError rebuilds the object).
      const single = singleParams[keyword];
      const head = single === undefined ? undefined : `{${single}: `;
      if (head !== undefined && !(params.startsWith(head) && params.endsWith("}"))) throw new Error(`params of ${keyword} are not {${single}: …}: ${params}`);
      const value = head === undefined ? params : params.slice(head.length, -1);
      return `vErrors = schemaError(vErrors, ${path.startsWith(":") ? path.slice(1) : "instancePath"}, ${schemaPath}, ${value});errors++;`;
    },
  );
}

/**
 * ajv merges a sub-validator's errors with `vErrors = vErrors === null ? sub : vErrors.concat(sub)`,
 * copying the whole list at every call (time quadratic in the errors of a list of items); each becomes a
 * call of appendErrors (src/schema/schema-error.ts), which copies only the new ones. A concat left over
 * fails the generation.
 */
export function appendCalls(source: string): string {
  const out = source.replace(/vErrors = vErrors === null \? ([\w$.]+) : vErrors\.concat\(\1\);/g, "vErrors = appendErrors(vErrors, $1);");
  if (/vErrors\.concat\(/.test(out)) throw new Error("ajv's standalone code still concatenates error lists: extend appendCalls");
  return out;
}

/**
 * ajv passes every sub-validator `parentData`, `parentDataProperty` and `rootData`, which only data
 * modification (defaults, coercion, removeAdditional) and `$data` references read, and the standard
 * uses none of them: the calls pass the instance path alone and the functions take only it. A read
 * left over fails the generation.
 */
export function instancePathOnly(source: string): string {
  const out = source
    .replace(/\{instancePath(:[^{}]*?)?,parentData(?::[\w$]+)?,parentDataProperty(?::[^,{}]+)?,rootData\}/g, "{instancePath$1}")
    .replace(/\{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}/g, '{instancePath=""}={}');
  const left = /\b(parentData|parentDataProperty|rootData)\b/.exec(out);
  if (left) throw new Error(`ajv's standalone code still reads ${left[1]}: keep the sub-validators' context (instancePathOnly)`);
  return out;
}

/** The end (exclusive) of the JSON object literal that starts at `start`. */
function objectEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "{" || c === "[") depth++;
    else if ((c === "}" || c === "]") && --depth === 0) return i + 1;
  }
  throw new Error("unterminated schema literal in ajv's standalone code");
}

/** The part of `value` that the property paths reach; a `properties` map reached whole keeps only its keys. */
function project(value: unknown, paths: readonly string[][], keysOnly = false): unknown {
  const whole = paths.some((p) => p.length === 0);
  if ((whole && !keysOnly) || typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const object = value as Record<string, unknown>;
  const keys = whole ? Object.keys(object) : [...new Set(paths.map((p) => p[0]!))];
  return Object.fromEntries(keys.map((key) => {
    const deeper = paths.filter((p) => p[0] === key).map((p) => p.slice(1));
    return [key, deeper.length === 0 ? 0 : project(object[key], deeper, key === "properties")];
  }));
}

/**
 * ajv's standalone code embeds each schema object its code reads (`schemaN.properties` for
 * additionalProperties, `schemaN.enum`), whole, with every nested subschema: a tenth of the code. Each
 * is cut to what is read (a `properties` map read as a key set keeps its keys).
 */
export function slimSchemas(source: string): string {
  const reads = new Map<string, string[][]>();
  for (const m of source.matchAll(/(?<![\w$.])(schema\d+)((?:\.[A-Za-z_$][\w$]*)*)(\s*=)?/g)) {
    if (m[3] && !m[2]) continue; // the declaration
    const list = reads.get(m[1]!) ?? [];
    list.push(m[2] ? m[2].slice(1).split(".") : []);
    reads.set(m[1]!, list);
  }
  let out = "";
  let last = 0;
  for (const m of source.matchAll(/const (schema\d+) = (?=\{)/g)) {
    const start = m.index + m[0].length;
    const end = objectEnd(source, start);
    const paths = reads.get(m[1]!) ?? [];
    out += source.slice(last, start) + JSON.stringify(project(JSON.parse(source.slice(start, end)), paths));
    last = end;
  }
  return out + source.slice(last);
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

/** Where a generated/vN/validators.js imports schemaError from. */
const SCHEMA_ERROR = "../../src/schema/schema-error.js";

/** Where the validators of every major import ajv's runtime helpers from (generated/ajv-runtime.js). */
const RUNTIME = "../ajv-runtime.js";

/**
 * ajv's runtime helpers that the standalone code requires, by the expression it uses, and the name
 * generated/ajv-runtime.js exports each under: one copy for every major and variant instead of one per
 * file. An expression not listed fails the generation.
 */
const RUNTIME_HELPERS: Readonly<Record<string, string>> = {
  'require("ajv/dist/runtime/ucs2length").default': "ucs2length",
  'require("ajv/dist/runtime/equal").default': "equal",
  'require("ajv-formats/dist/formats").fullFormats.date': "formatDate",
};

/** Replaces the runtime requires of standalone code with imports of generated/ajv-runtime.js. */
export function runtimeImports(source: string): string {
  const used = new Set<string>();
  const replaced = source.replace(/require\("[^"]+"\)(?:\.\w+)*/g, (expression) => {
    const name = RUNTIME_HELPERS[expression];
    if (name === undefined) throw new Error(`ajv's standalone code requires ${expression}: add it to RUNTIME_HELPERS`);
    used.add(name);
    return name;
  });
  return used.size === 0 ? replaced : `import { ${[...used].sort().join(", ")} } from "${RUNTIME}";\n${replaced}`;
}

/** generated/ajv-runtime.js: ajv's runtime helpers bundled once as ESM (esbuild inlines their CommonJS). */
export async function generateRuntime(): Promise<string> {
  const source = Object.entries(RUNTIME_HELPERS).map(([expression, name]) => `export const ${name} = ${expression};`).join("\n");
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: "js" },
    bundle: true, format: "esm", platform: "browser", mainFields: ["module", "main"], write: false, legalComments: "none",
  });
  return banner("scripts/generate.ts (esbuild)", "ajv's runtime helpers that the validators require") + pureHelpers(result.outputFiles[0]!.text);
}

/** Generates validators.js and its declarations for the given emitted schema files. */
export async function generateValidators(
  files: ReadonlyMap<string, Record<string, unknown>>,
  documentNames: readonly string[],
  version: string,
  allErrors = true,
): Promise<{ js: string; dts: string }> {
  assertNoDynamicKeywords(files);
  const ajv = createAjv(allErrors);
  for (const schema of files.values()) ajv.addSchema(withoutAnnotations(schema) as Record<string, unknown>);
  const exportsMap: Record<string, string> = {};
  for (const name of documentNames) exportsMap[validatorName(name)] = String(files.get(`${name}.schema.json`)!.$id);
  const standalone = runtimeImports(slimSchemas(instancePathOnly(standaloneCode.default(ajv, exportsMap))));
  const source = treeShakable(allErrors ? `import { appendErrors, schemaError } from "${SCHEMA_ERROR}";\n${appendCalls(errorCalls(standalone))}` : standalone);
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: "js" },
    // Imported, not inlined: one copy serves every major's validators.
    external: [SCHEMA_ERROR, RUNTIME],
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
