/**
 * The generator's rewrites of ajv's code into helper calls (scripts/lib/compact-validators.ts) on the shapes
 * ajv writes, and the near misses they must leave as they are. That the generated validators still report
 * exactly ajv's errors is test/schema/schema-error.test.ts.
 */
import { describe, expect, it } from "vitest";
import { compactValidators, withoutErrorCount } from "../../scripts/lib/compact-validators.js";

/** A validator function as ajv's allErrors code writes it (after errorCalls and appendCalls), with `body` as its checks. */
const fn = (body: string) => `function validate1(data, {instancePath=""}={}){let vErrors = null;let errors = 0;${body}validate1.errors = vErrors;return errors === 0;}`;
const error = (path: string, schemaPath: string, param: string) => `vErrors = schemaError(vErrors, ${path}, "${schemaPath}", ${param});errors++;`;
const required = (key: string, data = "data") => `if(${data}.${key} === undefined){${error("instancePath", "#/required", `"${key}"`)}}`;
const header = "const func2 = ucs2length;const func0 = equal;";

describe("compactValidators", () => {
  it("drops ajv's error count: each check is one assignment, the list says whether the data is valid", () => {
    expect(withoutErrorCount(fn(error("instancePath", "#/type", '"object"')))).toBe(
      'function validate1(data, {instancePath=""}={}){let vErrors = null;vErrors = schemaError(vErrors, instancePath, "#/type", "object");validate1.errors = vErrors;return vErrors === null;}',
    );
  });

  it("refuses code that reads the count otherwise (a keyword that resets it)", () => {
    expect(() => withoutErrorCount(fn("const _errs0 = errors;"))).toThrow(/error count/);
  });

  it("merges consecutive required checks of one object into one call, keys in order", () => {
    expect(compactValidators(header + fn(required("code") + required("level")))).toContain('vErrors = requiredErrors(vErrors, data, instancePath, ["code", "level"]);validate1');
  });

  it("leaves a run of required checks that spans two objects as ajv wrote it", () => {
    const out = compactValidators(header + fn(required("code") + required("level", "data1")));
    expect(out).not.toContain("requiredErrors");
    expect(out).toContain('if(data.code === undefined){vErrors = schemaError(vErrors, instancePath, "#/required", "code");}if(data1.level === undefined)');
  });

  it("turns a property's string checks into one call with its limits, and a property's $ref into one", () => {
    const name = `if(data.name !== undefined){let data0 = data.name;if(typeof data0 === "string"){if(func2(data0) > 200){${error('instancePath+"/name"', "#/properties/name/maxLength", "200")}}if(func2(data0) < 1){${error('instancePath+"/name"', "#/properties/name/minLength", "1")}}}else {${error('instancePath+"/name"', "#/properties/name/type", '"string"')}}}`;
    const code = `if(data.code !== undefined){if(!(validate2(data.code, {instancePath:instancePath+"/code"}))){vErrors = appendErrors(vErrors, validate2.errors);errors = vErrors.length;}}`;
    const out = compactValidators(header + fn(name + code));
    expect(out).toContain('vErrors = stringPropertyErrors(vErrors, data, instancePath, "name", 200, 1);vErrors = refPropertyErrors(vErrors, validate2, data, instancePath, "code");validate1');
    expect(out.startsWith('import { refPropertyErrors, stringPropertyErrors } from "../../src/schema/schema-checks.js";\n')).toBe(true);
  });

  it("leaves a string check whose paths differ from the type's (not one property's checks)", () => {
    const odd = `if(typeof data === "string"){if(func2(data) > 5){${error("instancePath", "#/other/maxLength", "5")}}}else {${error("instancePath", "#/type", '"string"')}}`;
    expect(compactValidators(header + fn(odd))).toContain('if(typeof data === "string"){if(func2(data) > 5)');
  });

  it("turns a list of $ref'd records with minItems and uniqueItems into one call, and leaves a list compared otherwise", () => {
    const list = (compare: string) => `if(data.faqs !== undefined){let data3 = data.faqs;if(Array.isArray(data3)){if(data3.length < 1){${error('instancePath+"/faqs"', "#/properties/faqs/minItems", "1")}}const len0 = data3.length;for(let i0=0; i0<len0; i0++){if(!(validate4(data3[i0], {instancePath:instancePath+"/faqs/" + i0}))){vErrors = appendErrors(vErrors, validate4.errors);errors = vErrors.length;}}let i1 = data3.length;let j0;if(i1 > 1){outer0:for(;i1--;){for(j0 = i1; j0--;){if(${compare}(data3[i1], data3[j0])){${error('instancePath+"/faqs"', "#/properties/faqs/uniqueItems", "{i: i1, j: j0}")}break outer0;}}}}}else {${error('instancePath+"/faqs"', "#/properties/faqs/type", '"array"')}}}`;
    expect(compactValidators(header + fn(list("func0")))).toContain('vErrors = refListPropertyErrors(vErrors, validate4, data, instancePath, "faqs", 1, true);validate1');
    expect(compactValidators(header + fn(list("func9")))).toContain("outer0:for(;i1--;)");
  });

  it("turns a property's enum of literals into one call, and leaves an enum checked otherwise", () => {
    const enumCheck = (test: string) => `if(data.state !== undefined){let data1 = data.state;if(!(${test})){${error('instancePath+"/state"', "#/properties/state/enum", "schema3.properties.state.enum")}}}`;
    expect(compactValidators(header + fn(enumCheck('(data1 === "a") || (data1 === "b")')))).toContain('vErrors = enumPropertyErrors(vErrors, data, instancePath, "state", schema3.properties.state.enum);');
    expect(compactValidators(header + fn(enumCheck("func0(data1, schema3.properties.state.enum[0])")))).toContain("if(!(func0(data1");
  });
});
