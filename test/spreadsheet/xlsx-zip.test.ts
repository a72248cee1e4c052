/**
 * The zip layer of the .xlsx reader on crafted archives: the end record and its comment, the central
 * directory's fields, local headers with extra fields, stored and deflated parts across 64 KiB chunks,
 * and each refusal as a whole XlsxError (id, params, zh-CN and en), with its limit met exactly and passed.
 */
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { readXlsxBytes } from "../../src/spreadsheet/xlsx/read-xlsx.js";
import { openZip, readPartText, StopReading } from "../../src/spreadsheet/xlsx/zip-reader.js";
import { archiveOf, centralOf, eocdOf, noise, patched, piecesOf, refusalOf, xlsxRefusal, zipOf } from "./xlsx-kit.js";
import { rawXlsx } from "./xlsx-parts.js";


const truncated = xlsxRefusal("error.xlsx.truncated-zip", {}, "不是完整的 zip 压缩包（被截断，或不是 .xlsx 文件）", "not a complete zip archive (truncated, or not an .xlsx file)");

describe("the end record", () => {
  it("is found at the very start of an empty archive (22 bytes): a zip, but no workbook", () => {
    const empty = zipOf({});
    expect(empty.length).toBe(22);
    expect([...archiveOf(empty).entries]).toEqual([]);
    expect(refusalOf(() => readXlsxBytes(empty, { maxRows: 10 }))).toEqual(
      xlsxRefusal("error.xlsx.no-workbook", {}, "没有工作簿部件（是 zip 压缩包，但不是 .xlsx 工作簿）", "no workbook part (a zip archive, but not an .xlsx workbook)"),
    );
  });

  it("is found behind an archive comment of 65,535 bytes, the most a zip allows; one byte more is no archive", () => {
    const bytes = zipOf({ "a.xml": "<a/>" });
    const end = eocdOf(bytes);
    const withComment = (n: number) => {
      const out = new Uint8Array(bytes.length + n).fill(0x20);
      out.set(bytes);
      return patched(out, [[end + 20, Math.min(n, 0xffff), 2]]);
    };
    expect([...archiveOf(withComment(0xffff)).entries.keys()]).toEqual(["a.xml"]);
    expect(piecesOf(archiveOf(withComment(0xffff)), "a.xml")).toEqual(["<a/>"]);
    expect(refusalOf(() => archiveOf(withComment(0x10000)))).toEqual(truncated);
  });

  it("a file shorter than an end record, or without one, is no archive", () => {
    expect(refusalOf(() => archiveOf(strToU8("not a workbook\n")))).toEqual(truncated);
    expect(refusalOf(() => archiveOf(zipOf({}).subarray(1)))).toEqual(truncated);
    expect(refusalOf(() => archiveOf(new Uint8Array(0)))).toEqual(truncated);
  });

  it("ZIP64 markers (65,535 entries, or the directory at 0xFFFFFFFF) are refused; 65,534 entries are read as a count", () => {
    const bytes = zipOf({ "a.xml": "<a/>" });
    const end = eocdOf(bytes);
    const zip64 = xlsxRefusal("error.xlsx.zip64", {}, "是 ZIP64 压缩包，.xlsx 文件从不需要它", "a ZIP64 archive, which .xlsx files never need");
    expect(refusalOf(() => archiveOf(patched(bytes, [[end + 10, 0xffff, 2]])))).toEqual(zip64);
    expect(refusalOf(() => archiveOf(patched(bytes, [[end + 16, 0xffffffff, 4]])))).toEqual(zip64);
    // Not ZIP64: the directory simply holds fewer records than the count says.
    expect(refusalOf(() => archiveOf(patched(bytes, [[end + 10, 0xfffe, 2]])))).toEqual(
      xlsxRefusal("error.xlsx.damaged-directory", {}, "zip 目录已损坏", "a damaged zip directory"),
    );
  });

  it("a directory ending exactly at the end of the file is read; one byte further is past the end", () => {
    const bytes = zipOf({ "a.xml": "<a/>" });
    const end = eocdOf(bytes);
    const dirOffset = new DataView(bytes.buffer).getUint32(end + 16, true);
    expect([...archiveOf(patched(bytes, [[end + 12, bytes.length - dirOffset, 4]])).entries.keys()]).toEqual(["a.xml"]);
    expect(refusalOf(() => archiveOf(patched(bytes, [[end + 12, bytes.length - dirOffset + 1, 4]])))).toEqual(
      xlsxRefusal("error.xlsx.directory-past-end", {}, "zip 目录指向文件末尾之后（被截断）", "the zip directory points past the end of the file (truncated)"),
    );
    expect(refusalOf(() => archiveOf(patched(bytes, [[end + 16, bytes.length - 1, 4], [end + 12, 2, 4]])))).toEqual(
      xlsxRefusal("error.xlsx.directory-past-end", {}, "zip 目录指向文件末尾之后（被截断）", "the zip directory points past the end of the file (truncated)"),
    );
  });
});

describe("the central directory", () => {
  const damaged = xlsxRefusal("error.xlsx.damaged-directory", {}, "zip 目录已损坏", "a damaged zip directory");

  it("reads every entry's name (UTF-8), method, sizes and header offset, past extra fields and comments", () => {
    const bytes = zipOf({
      "xl/工作表.xml": ["<数据>甲乙</数据>", { level: 0, extra: { 0xcafe: new Uint8Array([1, 2, 3]) }, comment: "说明" }],
      "b.xml": ["<b>" + "b".repeat(300) + "</b>", { level: 9, comment: "c" }],
      "c.xml": ["<c/>", { level: 0 }],
    });
    const entries = [...archiveOf(bytes).entries.values()];
    const view = new DataView(bytes.buffer);
    const local = (at: number) => ({ name: "", method: view.getUint16(at + 8, true), compressedSize: view.getUint32(at + 18, true), size: view.getUint32(at + 22, true), headerOffset: at });
    // The second local header follows the first: 30 fixed bytes, the name, the extra field (4 + 3 bytes) and the data.
    const second = 30 + strToU8("xl/工作表.xml").length + 4 + 3 + strToU8("<数据>甲乙</数据>").length;
    expect(entries.map((e) => e.name)).toEqual(["xl/工作表.xml", "b.xml", "c.xml"]);
    expect(entries[0]).toEqual({ ...local(0), name: "xl/工作表.xml", method: 0, size: strToU8("<数据>甲乙</数据>").length, compressedSize: strToU8("<数据>甲乙</数据>").length });
    expect(entries[1]).toEqual({ ...local(second), name: "b.xml", method: 8, size: 307 });
    expect(entries[1]!.compressedSize).toBeLessThan(307);
    expect(entries[2]).toMatchObject({ name: "c.xml", method: 0, size: 4, compressedSize: 4 });
    const zip = archiveOf(bytes);
    expect(piecesOf(zip, "xl/工作表.xml").join("")).toBe("<数据>甲乙</数据>");
    expect(piecesOf(zip, "b.xml").join("")).toBe("<b>" + "b".repeat(300) + "</b>");
    expect(piecesOf(zip, "c.xml").join("")).toBe("<c/>");
  });

  it("a record that does not start with the directory signature, or runs past the directory, is a damaged directory", () => {
    const bytes = zipOf({ "a.xml": "<a/>", "b.xml": "<b/>" });
    expect(refusalOf(() => archiveOf(patched(bytes, [[centralOf(bytes, 1), 0x04034b50, 4]])))).toEqual(damaged);
    const end = eocdOf(bytes);
    const dirSize = new DataView(bytes.buffer).getUint32(end + 12, true);
    // The second record's fixed 46 bytes end exactly at the directory's end: read (its name then reads as empty).
    const shortBy = (n: number) => patched(bytes, [[end + 12, dirSize - n, 4]]);
    expect([...archiveOf(shortBy("b.xml".length)).entries.keys()]).toEqual(["a.xml", ""]);
    expect(refusalOf(() => archiveOf(shortBy("b.xml".length + 1)))).toEqual(damaged);
  });
});

describe("reading a part", () => {
  it("skips the local header's own name and extra field, which may differ from the directory's", () => {
    const bytes = zipOf({ "a.xml": ["<a>本地</a>", { level: 0, extra: { 0x7075: new Uint8Array(9) } }] });
    expect(piecesOf(archiveOf(bytes), "a.xml")).toEqual(["<a>本地</a>"]);
    // The directory's copy of the extra field removed: the local one is still skipped.
    const c = centralOf(bytes, 0);
    const end = eocdOf(bytes);
    const dirSize = new DataView(bytes.buffer).getUint32(end + 12, true);
    const bare = patched(bytes, [[c + 30, 0, 2], [end + 12, dirSize, 4]]);
    expect(piecesOf(archiveOf(bare), "a.xml")).toEqual(["<a>本地</a>"]);
  });

  it("a local header that is cut off, or has no local signature, is a damaged entry", () => {
    const bytes = zipOf({ "a.xml": ["<a/>", { level: 0 }] });
    const damaged = xlsxRefusal("error.xlsx.damaged-entry", { part: "a.xml" }, "部件 a.xml：zip 条目已损坏", "part a.xml: damaged zip entry");
    const c = centralOf(bytes, 0);
    expect(refusalOf(() => piecesOf(archiveOf(patched(bytes, [[0, 0x02014b50, 4]])), "a.xml"))).toEqual(damaged);
    // Header offset 29 bytes before the end: a short read.
    expect(refusalOf(() => piecesOf(archiveOf(patched(bytes, [[c + 42, bytes.length - 29, 4]])), "a.xml"))).toEqual(damaged);
  });

  it("data that ends exactly at the end of the file is read; one byte more is past the end", () => {
    const bytes = zipOf({ "a.xml": ["<a/>", { level: 0 }] });
    const c = centralOf(bytes, 0);
    const start = 30 + "a.xml".length;
    const upTo = (n: number) => archiveOf(patched(bytes, [[c + 20, n, 4]]));
    expect(piecesOf(upTo(bytes.length - start), "a.xml").join("").length).toBe(bytes.length - start);
    expect(refusalOf(() => piecesOf(upTo(bytes.length - start + 1), "a.xml"))).toEqual(
      xlsxRefusal("error.xlsx.entry-past-end", { part: "a.xml" }, "部件 a.xml：超出文件末尾（被截断）", "part a.xml: ends past the end of the file (truncated)"),
    );
  });

  it("a stored part is read in 64 KiB chunks; a character split between chunks stays whole", () => {
    // "甲" is 3 bytes: after one ASCII byte, a character straddles the 65,536-byte boundary.
    const text = "a" + "甲".repeat(30_000);
    const pieces = piecesOf(archiveOf(zipOf({ "s.xml": [text, { level: 0 }] })), "s.xml");
    expect(pieces.join("")).toBe(text);
    expect(pieces.length).toBe(2);
    expect(pieces[0]).toBe("a" + "甲".repeat(21_845));
  });

  it("a stored part's last chunk is final: a character cut off at its end is decoded as U+FFFD", () => {
    const bytes = new Uint8Array([...strToU8("ab"), 0xe7, 0x94]);
    expect(piecesOf(archiveOf(zipOf({ "s.xml": [bytes, { level: 0 }] })), "s.xml")).toEqual(["ab\uFFFD"]);
    const big = new Uint8Array(65_536 + 2).fill(0x61);
    big.set([0xe7, 0x94], 65_536);
    expect(piecesOf(archiveOf(zipOf({ "s.xml": [big, { level: 0 }] })), "s.xml")).toEqual(["a".repeat(65_536), "\uFFFD"]);
  });

  it("an empty stored part gives no text; an empty deflated part is refused", () => {
    expect(piecesOf(archiveOf(zipOf({ "e.xml": ["", { level: 0 }] })), "e.xml")).toEqual([]);
    const bytes = zipOf({ "e.xml": ["<e/>", { level: 6 }] });
    expect(refusalOf(() => piecesOf(archiveOf(patched(bytes, [[centralOf(bytes, 0) + 20, 0, 4]])), "e.xml"))).toEqual(
      xlsxRefusal("error.xlsx.empty-data", { part: "e.xml" }, "部件 e.xml：压缩数据为空", "part e.xml: empty compressed data"),
    );
  });

  it("a deflated part whose compressed data passes 64 KiB is read whole", () => {
    const text = noise(120_000);
    const zip = archiveOf(zipOf({ "n.xml": text }, 9));
    expect(zip.entries.get("n.xml")!.compressedSize).toBeGreaterThan(65_536);
    expect(piecesOf(zip, "n.xml").join("")).toBe(text);
  });

  it("a compression method other than stored or deflate is refused, naming it", () => {
    const bytes = zipOf({ "a.xml": "<a/>" });
    expect(refusalOf(() => piecesOf(archiveOf(patched(bytes, [[centralOf(bytes, 0) + 10, 12, 2]])), "a.xml"))).toEqual(
      xlsxRefusal("error.xlsx.compression-method", { part: "a.xml", method: 12 }, "部件 a.xml：不支持的 zip 压缩方法 12", "part a.xml: unsupported zip compression method 12"),
    );
  });

  it("damaged deflate data is refused with fflate's reason", () => {
    const bytes = zipOf({ "a.xml": "<a>" + "x".repeat(100) + "</a>" });
    const copy = bytes.slice();
    copy[30 + "a.xml".length] = 0xff; // a block header of type 3, which deflate does not have
    expect(refusalOf(() => piecesOf(archiveOf(copy), "a.xml"))).toEqual(
      xlsxRefusal("error.xlsx.damaged-data", { part: "a.xml", reason: "invalid block type" }, "部件 a.xml：压缩数据已损坏（invalid block type）", "part a.xml: damaged compressed data (invalid block type)"),
    );
  });

  it("a part of exactly maxBytes is read; one byte more is refused with the limit in MB, stored or deflated", () => {
    // 600,000 bytes are 0.57 MB: the message rounds to 1.
    const text = "x".repeat(600_000);
    for (const level of [0, 6] as const) {
      const zip = archiveOf(zipOf({ "p.xml": text }, level));
      expect(piecesOf(zip, "p.xml", 600_000).join("").length).toBe(600_000);
      expect(refusalOf(() => piecesOf(zip, "p.xml", 599_999)), `level ${level}`).toEqual(
        xlsxRefusal("error.xlsx.part-too-large", { part: "p.xml", mb: 1 }, "部件 p.xml：解压后超过 1 MB", "part p.xml: more than 1 MB uncompressed"),
      );
    }
    expect(refusalOf(() => piecesOf(archiveOf(zipOf({ "p.xml": "xy" }, 0)), "p.xml", 1))).toEqual(
      xlsxRefusal("error.xlsx.part-too-large", { part: "p.xml", mb: 0 }, "部件 p.xml：解压后超过 0 MB", "part p.xml: more than 0 MB uncompressed"),
    );
  });

  it("a sink's StopReading ends the read quietly, stored or deflated, and reaches the caller as itself", () => {
    for (const level of [0, 6] as const) {
      const zip = archiveOf(zipOf({ "p.xml": noise(120_000) }, level));
      let calls = 0;
      const stop = new StopReading();
      expect(() => readPartText(zip, zip.entries.get("p.xml")!, () => {
        calls++;
        throw stop;
      }, 1 << 30)).toThrow(stop);
      expect(calls, `level ${level}`).toBe(1);
    }
  });

  it("the reader reads through readAt only what it needs, with the archive's size", () => {
    const bytes = rawXlsx('<row r="1"><c r="A1"><v>1</v></c></row>');
    const reads: [number, number][] = [];
    const zip = openZip((o, n) => (reads.push([o, n]), bytes.subarray(o, o + n)), bytes.length);
    expect(zip.size).toBe(bytes.length);
    expect(reads).toEqual([[0, bytes.length], [new DataView(bytes.buffer).getUint32(eocdOf(bytes) + 16, true), new DataView(bytes.buffer).getUint32(eocdOf(bytes) + 12, true)]]);
  });
});

describe("whole workbooks in an ArrayBuffer", () => {
  it("an ArrayBuffer is read like its bytes", () => {
    const bytes = rawXlsx('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c></row>', ["名"]);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
    expect(readXlsxBytes(buffer, { maxRows: 5 })).toEqual([{ name: "事项", rows: [["名", 2]] }]);
  });


});
