/**
 * Edges of the zip reader the first zip tests missed (each found by a surviving mutant): an end-record
 * signature inside a part, a local signature in the last bytes of the file, a character split across a
 * stored chunk boundary, and a deflate stream cut short by its recorded size.
 */
import { describe, expect, it } from "vitest";
import { archiveOf, centralOf, eocdOf, noise, patched, piecesOf, refusalOf, xlsxRefusal, zipOf } from "./xlsx-kit.js";

describe("the end-record search", () => {
  it("an end-record signature inside a stored part's data is not taken for the end record", () => {
    // "PK\x05\x06" and 18 bytes: a whole fake end record, 0 entries, within the last 64 KiB of the archive.
    const fake = new Uint8Array([0x3c, 0x61, 0x3e, 0x50, 0x4b, 5, 6, ...new Array<number>(18).fill(0), 0x3c, 0x2f, 0x61, 0x3e]);
    const zip = archiveOf(zipOf({ "a.xml": [fake, { level: 0 }], "b.xml": ["<b/>", { level: 0 }] }));
    expect([...zip.entries.keys()]).toEqual(["a.xml", "b.xml"]);
    expect(piecesOf(zip, "b.xml")).toEqual(["<b/>"]);
  });
});

describe("reading a part", () => {
  it("a local header cut off by the end of the file is a damaged entry, even when it starts with the local signature", () => {
    const bytes = zipOf({ "a.xml": ["<a/>", { level: 0 }] });
    // An archive comment that ends in "PK\x03\x04" and 6 more bytes; the entry's header offset moved onto it.
    const tail = [0x50, 0x4b, 3, 4, 0, 0, 0, 0, 0, 0];
    const withTail = new Uint8Array([...bytes, ...tail]);
    const moved = patched(withTail, [[eocdOf(bytes) + 20, tail.length, 2], [centralOf(bytes, 0) + 42, withTail.length - tail.length, 4]]);
    expect(refusalOf(() => piecesOf(archiveOf(moved), "a.xml"))).toEqual(
      xlsxRefusal("error.xlsx.damaged-entry", { part: "a.xml" }, "部件 a.xml：zip 条目已损坏", "part a.xml: damaged zip entry"),
    );
  });

  it("a character that straddles two 64 KiB chunks of a stored part stays whole", () => {
    // 2 + 3 × 21,844 = 65,534: the 21,845th "甲" has two bytes in the first chunk and one in the second.
    const text = "ab" + "甲".repeat(30_000);
    const pieces = piecesOf(archiveOf(zipOf({ "s.xml": [text, { level: 0 }] })), "s.xml");
    expect(pieces).toEqual(["ab" + "甲".repeat(21_844), "甲".repeat(8_156)]);
  });

  it("a deflate stream cut short by its recorded size is damaged data (the bytes after it are never read)", () => {
    const text = "<a>" + "一二三四五六七八九十".repeat(500) + "</a>";
    const deflated = zipOf({ "a.xml": [text, { level: 6 }], "b.xml": ["<b/>", { level: 0 }] });
    const c = centralOf(deflated, 0);
    const size = new DataView(deflated.buffer).getUint32(c + 20, true);
    expect(piecesOf(archiveOf(deflated), "a.xml").join("")).toBe(text);
    expect(refusalOf(() => piecesOf(archiveOf(patched(deflated, [[c + 20, size - 8, 4]])), "a.xml"))).toEqual(
      xlsxRefusal("error.xlsx.damaged-data", { part: "a.xml", reason: "unexpected EOF" }, "部件 a.xml：压缩数据已损坏（unexpected EOF）", "part a.xml: damaged compressed data (unexpected EOF)"),
    );
  });

  it("a deflate stream of more than 64 KiB cut short is damaged data too: its last chunk is read to the recorded size, not a whole chunk", () => {
    const deflated = zipOf({ "n.xml": [noise(120_000), { level: 9 }], "b.xml": ["<b/>", { level: 0 }] });
    const c = centralOf(deflated, 0);
    const size = new DataView(deflated.buffer).getUint32(c + 20, true);
    expect(size).toBeGreaterThan(65_536);
    expect(refusalOf(() => piecesOf(archiveOf(patched(deflated, [[c + 20, size - 8, 4]])), "n.xml"))).toEqual(
      xlsxRefusal("error.xlsx.damaged-data", { part: "n.xml", reason: "unexpected EOF" }, "部件 n.xml：压缩数据已损坏（unexpected EOF）", "part n.xml: damaged compressed data (unexpected EOF)"),
    );
  });
});
