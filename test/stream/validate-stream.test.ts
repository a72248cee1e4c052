import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectStream, validateStream } from "../../src/stream/index.js";
import { LineValidator } from "../../src/validate/line-validator.js";
import { validate } from "../../src/validate/validate.js";
import { readJson } from "../helpers/examples.js";
import { mutatedItems } from "./mutate.js";

const county = readJson("examples/4-county-gusu.json");

/** A web ReadableStream of the text in byte chunks of `size`. */
function webStream(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, (at += size)));
    },
  });
}

describe("validateStream", () => {
  it("yields each line's issues with file and line, and a summary once read to the end", async () => {
    const [a, b] = county.items;
    const broken = { ...b, visits: 2, onlineDepth: 4 };
    const text = [JSON.stringify(a), "", JSON.stringify(broken), JSON.stringify(a), "not json"].join("\n");
    const { issues, summary } = validateStream(webStream(text, 7), { file: "x.jsonl", locale: "en" });
    const seen = [];
    for await (const issue of issues) seen.push([issue.rule, issue.severity, issue.path, issue.line, issue.file]);
    expect(seen).toEqual([
      ["online-depth-visits", "error", "/visits", 3, "x.jsonl"],
      ["duplicate-item", "error", "/implementationCode", 4, "x.jsonl"],
      ["malformed-json", "error", "", 5, "x.jsonl"],
    ]);
    expect(await summary).toEqual({ errors: 3, warnings: 0, infos: 0, items: 4 });
  });

  it("a clean stream has an empty summary; summary rejects when the input cannot be read", async () => {
    expect(await collectStream([JSON.stringify(county.items[0]) + "\n"])).toEqual({ ok: true, summary: { errors: 0, warnings: 0, infos: 0, items: 1 }, issues: [] });
    const { issues, summary } = validateStream([Uint8Array.of(0x7b, 0xff, 0x0a)]);
    await expect((async () => { for await (const _ of issues) void _; })()).rejects.toThrow("不是 UTF-8 编码");
    await expect(summary).rejects.toThrow("不是 UTF-8 编码");
  });

  it("equals the LineValidator, and each line's issues equal validate() of that item (plus duplicates)", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedItems(county.items), fc.integer({ min: 1, max: 4096 }), async (items, size) => {
        const lines = items.map((item) => JSON.stringify(item));
        const streamed = await collectStream(webStream(lines.join("\n") + "\n", size), { locale: "en" });
        const reference = new LineValidator({ locale: "en" });
        lines.forEach((line, i) => reference.push(line, i + 1));
        expect(streamed).toEqual(reference.report());
        const perItem = items.flatMap((item, i) => validate(item, { as: "implementation-item", locale: "en" }).issues.map((issue) => ({ ...issue, line: i + 1 })));
        expect(streamed.issues.filter((issue) => issue.rule !== "duplicate-item")).toEqual(perItem);
      }),
      { numRuns: 40 },
    );
  });
});
