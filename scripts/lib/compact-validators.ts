/**
 * Shorter full validators: ajv's allErrors code (after errorCalls) writes every check inline, the
 * same few shapes hundreds of times. These rewrites turn the commonest into calls of the helpers in
 * src/schema/schema-checks.ts, which report the same errors in the same order, so a browser bundle
 * carries each check's data (keys, limits, paths) and not its code (issue 12). A shape that differs
 * in any way is left as ajv wrote it; test/schema/schema-error.test.ts holds the result equal to ajv.
 */

/** Where a generated/vN/validators.js imports the helpers from. */
export const SCHEMA_CHECKS = "../../src/schema/schema-checks.js";

/**
 * ajv counts errors beside the list (`errors++` after each push, `errors = vErrors.length` after
 * appending a sub-validator's) and returns `errors === 0`. With allErrors and no keyword that resets the count (no
 * oneOf/anyOf/not/if: the rewrite refuses one), the count is always the list's length, so the list
 * alone says whether the data is valid; without the count every check is one assignment, which the
 * helpers can take over.
 */
export function withoutErrorCount(source: string): string {
  const out = source
    .replace(/let vErrors = null;let errors = 0;/g, "let vErrors = null;")
    .replace(/;errors\+\+;/g, ";")
    .replace(/;errors = vErrors\.length;/g, ";")
    .replace(/return errors === 0;/g, "return vErrors === null;");
  const left = /(?<![\w$.])errors\b(?!:)/.exec(out);
  if (left) throw new Error(`ajv's code reads its error count in a way withoutErrorCount does not know: ${out.slice(left.index - 80, left.index + 80)}`);
  return out;
}

/** A JSON string literal as ajv writes it. */
const STRING = String.raw`"(?:[^"\\]|\\.)*"`;
/** A property key ajv reads as `data.key` (JSON Pointer needs no escape for it). */
const KEY = String.raw`[A-Za-z_$][\w$]*`;
/** An instance path expression: `instancePath`, `instancePath+"/name"`, `instancePath+"/list/" + i0`. */
const PATH = String.raw`instancePath(?:\+"[^"]*"(?: \+ i\d+)?)?`;

/** One schemaError call as errorCalls writes it: instance path, schema path, parameter. */
const errorCall = (path: string, schemaPath: string, param: string) => String.raw`vErrors = schemaError\(vErrors, (${path}), "(${schemaPath})", (${param})\);`;

/** Consecutive `required` checks of one object → one requiredErrors call with the keys in order. */
function requiredRuns(source: string): string {
  const one = String.raw`if\((data\d*)\.(${KEY}) === undefined\)\{${errorCall(PATH, "#/required", STRING)}\}`;
  return source.replace(new RegExp(`(?:${one})+`, "g"), (run) => {
    const checks = [...run.matchAll(new RegExp(one, "g"))].map((m) => ({ data: m[1]!, key: m[2]!, path: m[3]!, param: m[5]! }));
    const [first] = checks;
    if (!first || checks.some((c) => c.data !== first.data || c.path !== first.path || JSON.stringify(c.key) !== c.param)) return run;
    return `vErrors = requiredErrors(vErrors, ${first.data}, ${first.path}, [${checks.map((c) => c.param).join(", ")}]);`;
  });
}

/**
 * A string's checks (`if(typeof d === "string"){maxLength? minLength? pattern?}else{type error}`) →
 * one stringErrors call. `length` is the name ajv's code gives ucs2length.
 */
function stringChecks(source: string, length: string): string {
  const check = (test: string, keyword: string, param: string) => String.raw`(?:if\(${test}\)\{${errorCall(PATH, `[^"]*/${keyword}`, param)}\})?`;
  const shape = new RegExp(
    String.raw`if\(typeof (data\d*) === "string"\)\{` +
      check(String.raw`${length}\(\1\) > (\d+)`, "maxLength", String.raw`\d+`) +
      check(String.raw`${length}\(\1\) < (\d+)`, "minLength", String.raw`\d+`) +
      check(String.raw`!pattern\d+\.test\(\1\)`, "pattern", STRING) +
      String.raw`\}else \{${errorCall(PATH, `[^"]*/type`, '"string"')}\}`,
    "g",
  );
  return source.replace(shape, (whole, data: string, ...g: (string | undefined)[]) => {
    const [max, maxPath, maxSchema, maxParam, min, minPath, minSchema, minParam, patPath, patSchema, pattern, typePath, typeSchema] = g;
    const prefix = typeSchema!.slice(0, -"type".length);
    const same = (path: string | undefined, schema: string | undefined, keyword: string) => path === undefined || (path === typePath && schema === prefix + keyword);
    if (!same(maxPath, maxSchema, "maxLength") || !same(minPath, minSchema, "minLength") || !same(patPath, patSchema, "pattern")) return whole;
    if (max !== maxParam || min !== minParam) return whole;
    const args = [max ?? "void 0", min ?? "void 0", pattern ?? "void 0"];
    while (args.at(-1) === "void 0") args.pop();
    return `vErrors = stringErrors(vErrors, ${[data, typePath!, JSON.stringify(prefix), ...args].join(", ")});`;
  });
}

/** A `$ref`'d sub-validator's call with its errors appended (after appendCalls) → one refErrors call. */
function refCalls(source: string): string {
  return source.replace(
    new RegExp(String.raw`if\(!\((validate\d+)\(((?:data\d*)(?:\.${KEY}|\[i\d+\])?), \{instancePath:(${PATH})\}\)\)\)\{vErrors = appendErrors\(vErrors, \1\.errors\);\}`, "g"),
    (_, validate: string, data: string, path: string) => `vErrors = refErrors(vErrors, ${validate}, ${data}, ${path});`,
  );
}

/**
 * The checks of one property of the function's own object (`if(data.key !== undefined){…}` with the
 * paths `instancePath+"/key"` and `"#/properties/key/…"`) → one call of a property helper: a string's,
 * a boolean's, an enum's, a `$ref`'s.
 */
function propertyChecks(source: string): string {
  const present = (body: string) => String.raw`if\(data\.(${KEY}) !== undefined\)\{${body}\}`;
  const args = String.raw`((?:, (?:void 0|\d+|${STRING}))*)`;
  return source
    .replace(
      new RegExp(present(String.raw`let (data\d+) = data\.\1;vErrors = stringErrors\(vErrors, \2, instancePath\+"/\1", "#/properties/\1/"${args}\);`), "g"),
      (_, key: string, _data: string, rest: string) => `vErrors = stringPropertyErrors(vErrors, data, instancePath, "${key}"${rest});`,
    )
    .replace(
      new RegExp(present(String.raw`if\(typeof data\.\1 !== "boolean"\)\{vErrors = schemaError\(vErrors, instancePath\+"/\1", "#/properties/\1/type", "boolean"\);\}`), "g"),
      (_, key: string) => `vErrors = booleanPropertyErrors(vErrors, data, instancePath, "${key}");`,
    )
    .replace(
      new RegExp(present(String.raw`let (data\d+) = data\.\1;if\(!\(([^{}]*)\)\)\{vErrors = schemaError\(vErrors, instancePath\+"/\1", "#/properties/\1/enum", (schema\d+(?:\.${KEY})*\.enum)\);\}`), "g"),
      (whole, key: string, data: string, chain: string, allowed: string) => {
        // Only ajv's chain of === comparisons with literals (a loop with `equal` for other enums is left).
        const comparison = new RegExp(String.raw`\(${data} === (?:${STRING}|-?\d+(?:\.\d+)?)\)`, "g");
        return /^[() |]*$/.test(chain.replace(comparison, "")) ? `vErrors = enumPropertyErrors(vErrors, data, instancePath, "${key}", ${allowed});` : whole;
      },
    )
    .replace(
      new RegExp(present(String.raw`vErrors = refErrors\(vErrors, (validate\d+), data\.\1, instancePath\+"/\1"\);`), "g"),
      (_, key: string, validate: string) => `vErrors = refPropertyErrors(vErrors, ${validate}, data, instancePath, "${key}");`,
    );
}

/**
 * A property of the function's own object that is a list of `$ref`'d records (type array, minItems?,
 * each entry's sub-validator, uniqueItems by `equal`?) → one refListPropertyErrors call. `equal` is
 * the name ajv's code gives the runtime's deep equality.
 */
function refListChecks(source: string, equal: string | undefined): string {
  // Groups: 1 key, 2 the list, 3 minItems, 4 its length, 5 the index, 6 the validator, 7 the uniqueItems block (8 i, 9 j, 10 its label).
  const error = (keyword: string, param: string) => String.raw`vErrors = schemaError\(vErrors, instancePath\+"/\1", "#/properties/\1/${keyword}", ${param}\);`;
  const unique = equal === undefined ? "(?!)" : String.raw`let (i\d+) = \2\.length;let (j\d+);if\(\8 > 1\)\{(outer\d+):for\(;\8--;\)\{for\(\9 = \8; \9--;\)\{if\(${equal}\(\2\[\8\], \2\[\9\]\)\)\{${error("uniqueItems", String.raw`\{i: \8, j: \9\}`)}break \10;\}\}\}\}`;
  const shape = new RegExp(
    String.raw`if\(data\.(${KEY}) !== undefined\)\{let (data\d+) = data\.\1;if\(Array\.isArray\(\2\)\)\{` +
      String.raw`(?:if\(\2\.length < (\d+)\)\{${error("minItems", String.raw`\3`)}\})?` +
      String.raw`const (len\d+) = \2\.length;for\(let (i\d+)=0; \5<\4; \5\+\+\)\{vErrors = refErrors\(vErrors, (validate\d+), \2\[\5\], instancePath\+"/\1/" \+ \5\);\}` +
      `(${unique})?` +
      String.raw`\}else \{${error("type", '"array"')}\}\}`,
    "g",
  );
  return source.replace(shape, (_, key: string, _data: string, min: string | undefined, _len: string, _i: string, validate: string, uniqueBlock: string | undefined) => {
    const args = [min ?? "void 0", uniqueBlock ? "true" : "void 0"];
    while (args.at(-1) === "void 0") args.pop();
    return `vErrors = refListPropertyErrors(${["vErrors", validate, "data", "instancePath", `"${key}"`, ...args].join(", ")});`;
  });
}

/** The rewrites, on ajv's allErrors code after errorCalls and appendCalls; adds the import of the helpers the result calls. */
export function compactValidators(source: string): string {
  const length = /const (func\d+) = ucs2length;/.exec(source)?.[1];
  let out = refCalls(requiredRuns(withoutErrorCount(source)));
  if (length !== undefined) out = stringChecks(out, length);
  out = refListChecks(propertyChecks(out), /const (func\d+) = equal;/.exec(source)?.[1]);
  const used = ["booleanPropertyErrors", "enumPropertyErrors", "refErrors", "refListPropertyErrors", "refPropertyErrors", "requiredErrors", "stringErrors", "stringPropertyErrors"].filter((name) => new RegExp(`\\b${name}\\(`).test(out));
  return used.length === 0 ? out : `import { ${used.join(", ")} } from "${SCHEMA_CHECKS}";\n${out}`;
}
