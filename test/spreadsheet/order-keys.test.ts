/**
 * orderKeys: imported records come out with their properties in the schema's order (keys compared as text,
 * so the ORDER is what each case checks), nested records and lists of records too; unknown keys follow as
 * they came, undefined values are dropped, and a "__proto__" key stays an own property.
 */
import { describe, expect, it } from "vitest";
import { orderKeys } from "../../src/spreadsheet/order-keys.js";
import type { Element } from "../../src/schema/elements.js";

const leaf = (key: string, array = false): Element => ({ key, title: key, type: "string", required: false, array, children: [] });
const record = (key: string, children: Element[], array = false): Element => ({ key, title: key, type: "object", required: false, array, children });

/** The keys of a value at every depth, in order: what JSON.stringify writes. */
const shape = (value: unknown) => JSON.stringify(value);

describe("orderKeys", () => {
  it("puts the schema's elements first, in schema order; unknown keys follow in their own order", () => {
    const out = orderKeys({ z: 1, b: 2, extra: 3, a: 4, more: 5 }, [leaf("a"), leaf("b"), leaf("z")]);
    expect(shape(out)).toBe('{"a":4,"b":2,"z":1,"extra":3,"more":5}');
  });

  it("leading keys come before the rest, in the order given; the others keep the schema's order", () => {
    const elements = [leaf("a"), leaf("b"), leaf("c"), leaf("d")];
    expect(shape(orderKeys({ d: 1, c: 2, b: 3, a: 4 }, elements, ["c", "b"]))).toBe('{"c":2,"b":3,"a":4,"d":1}');
    // The element list itself is not reordered (a later call without leading keys gets the schema's order).
    expect(elements.map((e) => e.key)).toEqual(["a", "b", "c", "d"]);
    expect(shape(orderKeys({ d: 1, c: 2, b: 3, a: 4 }, elements))).toBe('{"a":4,"b":3,"c":2,"d":1}');
  });

  it("nested records and lists of records are ordered by their children; a list of scalars or a non-record value is kept as it is", () => {
    const elements = [record("timeLimit", [leaf("value"), leaf("unit")]), record("materials", [leaf("id"), leaf("name")], true), leaf("levels", true)];
    const out = orderKeys({
      levels: ["3", "2"],
      materials: [{ name: "表", id: "m1", note: "x" }, "不是记录", null],
      timeLimit: { unit: "working_day", value: 5 },
    }, elements);
    expect(shape(out)).toBe('{"timeLimit":{"value":5,"unit":"working_day"},"materials":[{"id":"m1","name":"表","note":"x"},"不是记录",null],"levels":["3","2"]}');
    // A record element holding a list is kept as it came; a list element holding one record has that record ordered.
    const odd = orderKeys({ timeLimit: [{ unit: "u", value: 1 }], materials: { name: "n", id: "i" } }, elements);
    expect(shape(odd)).toBe('{"timeLimit":[{"unit":"u","value":1}],"materials":{"id":"i","name":"n"}}');
  });

  it("drops undefined values, known or not; keeps null, 0, false and empty text", () => {
    const out = orderKeys({ b: undefined, a: null, c: 0, x: undefined, y: false, z: "" }, [leaf("a"), leaf("b"), leaf("c")]);
    expect(shape(out)).toBe('{"a":null,"c":0,"y":false,"z":""}');
    expect(Object.keys(out)).toEqual(["a", "c", "y", "z"]);
  });

  it("reads only own keys: a known key inherited from the prototype is not copied; a \"__proto__\" key from input stays an own property", () => {
    const inherited = Object.create({ a: "from prototype" }) as Record<string, unknown>;
    inherited.b = 1;
    expect(shape(orderKeys(inherited, [leaf("a"), leaf("b")]))).toBe('{"b":1}');
    const input = JSON.parse('{"__proto__":{"polluted":true},"b":2}') as Record<string, unknown>;
    const out = orderKeys(input, [leaf("b"), leaf("__proto__")]);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(shape(out)).toBe('{"b":2,"__proto__":{"polluted":true}}');
    const unknown = orderKeys(JSON.parse('{"__proto__":{"x":1}}') as Record<string, unknown>, [leaf("b")]);
    expect(Object.getPrototypeOf(unknown)).toBe(Object.prototype);
    expect(Object.keys(unknown)).toEqual(["__proto__"]);
  });
});
