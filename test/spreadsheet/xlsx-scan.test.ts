/** The zip reader's search for the end record: the one nearest the end counts, not an earlier signature inside a part's data. */
import { describe, expect, it } from "vitest";
import { archiveOf, piecesOf, zipOf } from "./xlsx-kit.js";

describe("the end-record search", () => {
  it("an end-record signature inside a stored part's data is not taken for the end record", () => {
    // "PK\x05\x06" and 18 bytes: a whole fake end record, 0 entries, within the last 64 KiB of the archive.
    const fake = new Uint8Array([0x3c, 0x61, 0x3e, 0x50, 0x4b, 5, 6, ...new Array<number>(18).fill(0), 0x3c, 0x2f, 0x61, 0x3e]);
    const zip = archiveOf(zipOf({ "a.xml": [fake, { level: 0 }], "b.xml": ["<b/>", { level: 0 }] }));
    expect([...zip.entries.keys()]).toEqual(["a.xml", "b.xml"]);
    expect(piecesOf(zip, "b.xml")).toEqual(["<b/>"]);
  });
});
