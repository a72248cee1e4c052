/**
 * The order of issues in a report (compareIssues): by file, then line, then item index (the header, with no
 * index, before item 0), stable otherwise. Each key's case has a near miss where that key ties.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/report/issue.js";
import { compareIssues, isDocumentName } from "../../src/validate/index.js";

const issue = (path: string, extra: Partial<Issue> = {}): Issue => ({ rule: "r", severity: "error", path, message: "m", ...extra });
const sorted = (issues: Issue[]) => [...issues].sort(compareIssues);

describe("compareIssues", () => {
  it("orders by file first, whatever the line and path", () => {
    const b = issue("", { file: "b.jsonl", line: 1 });
    const a = issue("/items/9", { file: "a.jsonl", line: 7 });
    expect(sorted([b, a])).toEqual([a, b]);
    expect(sorted([a, b])).toEqual([a, b]);
    expect(compareIssues(a, b)).toBe(-1);
    expect(compareIssues(b, a)).toBe(1);
  });

  it("an issue without a file comes before one with a file", () => {
    const withFile = issue("", { file: "a.jsonl" });
    const without = issue("/items/3");
    expect(sorted([withFile, without])).toEqual([without, withFile]);
    // A file name that sorts before any letter ("A", "0", "-") still comes after no file.
    for (const file of ["A.json", "0.json", "-"]) {
      expect(compareIssues(without, issue("", { file })), file).toBe(-1);
      expect(compareIssues(issue("", { file }), without), file).toBe(1);
    }
  });

  it("within a file, by line (10 after 9: numbers, not text)", () => {
    const ten = issue("", { file: "a", line: 10 });
    const nine = issue("/items/5", { file: "a", line: 9 });
    expect(sorted([ten, nine])).toEqual([nine, ten]);
    expect(compareIssues(ten, nine)).toBe(1);
    expect(compareIssues(nine, ten)).toBe(-1);
    // No line reads as line 0, before line 1.
    const none = issue("/items/5", { file: "a" });
    expect(sorted([nine, none])).toEqual([none, nine]);
  });

  it("on one line, by item index, the header first; item 10 after item 9", () => {
    const header = issue("/kind");
    const first = issue("/items/0/name");
    const ninth = issue("/items/9");
    const tenth = issue("/items/10/name");
    expect(sorted([tenth, ninth, first, header])).toEqual([header, first, ninth, tenth]);
    expect(compareIssues(header, first)).toBe(-1);
    expect(compareIssues(tenth, ninth)).toBe(1);
  });

  it("equal keys keep their order (near miss: same file, line and item)", () => {
    const a = issue("/items/2/name", { file: "f", line: 3, rule: "a" });
    const b = issue("/items/2/code", { file: "f", line: 3, rule: "b" });
    expect(compareIssues(a, b)).toBe(0);
    expect(sorted([b, a])).toEqual([b, a]);
  });

  it("is a total order consistent with (file, line, item index)", () => {
    const arbitrary = fc.record({
      file: fc.option(fc.constantFrom("a", "b", "c"), { nil: undefined }),
      line: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
      index: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(arbitrary, arbitrary, (x, y) => {
        const of = (k: typeof x) => issue(k.index === undefined ? "/kind" : `/items/${k.index}/name`, { ...(k.file ? { file: k.file } : {}), ...(k.line ? { line: k.line } : {}) });
        const key = (k: typeof x) => [k.file ?? "", k.line ?? 0, k.index ?? -1] as const;
        const [a, b] = [key(x), key(y)];
        const expected = a[0] !== b[0] ? (a[0] < b[0] ? -1 : 1) : Math.sign(a[1] - b[1]) || Math.sign(a[2] - b[2]);
        expect(Math.sign(compareIssues(of(x), of(y)))).toBe(expected);
      }),
    );
  });
});

describe("isDocumentName", () => {
  it("names a document of some major: only those strings", () => {
    for (const name of ["catalogue", "basic-item", "standard-item", "implementation-item"]) expect(isDocumentName(name), name).toBe(true);
    // Near misses: another string, a prototype key, and values that would read as a name once made a string.
    for (const value of ["item", "toString", "", ["catalogue"], { toString: () => "catalogue" }, null, undefined]) expect(isDocumentName(value), String(value)).toBe(false);
  });
});
