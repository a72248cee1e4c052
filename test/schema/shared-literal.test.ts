/**
 * The element tables are written with their repeats hoisted into constants (scripts/lib/shared-literal.ts):
 * the source must evaluate to a value deep-equal to the table, write each repeat once, and leave a value
 * without repeats as it was.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sharedLiteral } from "../../scripts/lib/shared-literal.js";

/** Evaluates the generated declarations and expression. */
function evaluate(source: { declarations: string[]; expression: string }): unknown {
  return new Function(`${source.declarations.join("\n")}\nreturn ${source.expression};`)();
}

describe("sharedLiteral", () => {
  it("evaluates to the value it was given (any JSON)", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(evaluate(sharedLiteral(value))).toEqual(JSON.parse(JSON.stringify(value)));
    }), { numRuns: 300 });
  });

  it("keeps a __proto__ key a property, as JSON.parse does", () => {
    expect(evaluate(sharedLiteral(JSON.parse('{"__proto__":{"a":1}}')))).toEqual(JSON.parse('{"__proto__":{"a":1}}'));
    expect(Object.getPrototypeOf(evaluate(sharedLiteral(JSON.parse('{"__proto__":{"a":1}}'))))).toBe(Object.prototype);
  });

  it("writes a repeated record and a repeated title once, and names them where they recur", () => {
    const record = { key: "name", title: "事项名称", type: "string" };
    const source = sharedLiteral({ a: [record, { key: "other", title: "事项名称" }], b: [record] });
    expect(source.declarations).toEqual([
      'const _0 = "name";',
      'const _1 = "事项名称";',
      'const _2 = "string";',
      "const _3 = {\"key\":_0,\"title\":_1,\"type\":_2};",
    ]);
    expect(source.expression).toBe('{"a":[_3,{"key":"other","title":_1}],"b":[_3]}');
    const value = evaluate(source) as { a: unknown[]; b: unknown[] };
    expect(value.a[0]).toBe(value.b[0]);
  });

  it("leaves a value without repeats (or with repeats too short to name) inline", () => {
    expect(sharedLiteral({ a: [1, 1], b: "x", c: "x" })).toEqual({ declarations: [], expression: '{"a":[1,1],"b":"x","c":"x"}' });
  });
});
