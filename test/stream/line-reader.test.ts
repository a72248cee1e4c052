import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { latin1Decoder } from "../../src/node/latin1-decoder.js";
import { readLines, StreamInputError, type ChunkSource, type LineDecoder } from "../../src/stream/index.js";

const enc = new TextEncoder();

/** Every line of a chunk source, in order, with the line number each batch assigned (Latin-1 lines turned back into text). */
async function lines(chunks: ChunkSource, maxLineBytes?: number, decoder?: LineDecoder): Promise<[number, string][]> {
  const out: [number, string][] = [];
  for await (const batch of readLines(chunks, { maxLineBytes, decoder })) {
    batch.lines.forEach((line, i) => out.push([batch.firstLine + i, batch.latin1 ? Buffer.from(line, "latin1").toString("utf8") : line]));
  }
  return out;
}

/** The chunks as views of one buffer that is overwritten after each is read, like openFile with reuseBuffer. */
async function* reusing(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  const shared = new Uint8Array(Math.max(1, ...chunks.map((c) => c.length)));
  for (const chunk of chunks) {
    shared.set(chunk);
    yield shared.subarray(0, chunk.length);
    shared.fill(0x7b); // "{": a reader that kept a view would now see other bytes
  }
}

/** Cuts bytes at the given offsets. */
function cut(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const points = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let start = 0;
  for (const p of [...points, bytes.length]) {
    out.push(bytes.slice(start, p));
    start = p;
  }
  return out;
}

describe("readLines", () => {
  it("splits on LF, drops CR before LF and a leading BOM, and keeps a last line without newline", async () => {
    expect(await lines([enc.encode('\uFEFF{"a":1}\r\n\r\n{"b":"中"}\n{"c":2}')])).toEqual([
      [1, '{"a":1}'],
      [2, ""],
      [3, '{"b":"中"}'],
      [4, '{"c":2}'],
    ]);
  });

  it("a BOM is only removed at the very start", async () => {
    expect(await lines([enc.encode("a\n\uFEFFb\n")])).toEqual([[1, "a"], [2, "\uFEFFb"]]);
  });

  it("with the Latin-1 decoder: the same lines, BOM and CR removed, invalid UTF-8 still refused", async () => {
    expect(await lines([enc.encode('\uFEFF{"b":"中"}\r\nx\n\uFEFFb')], undefined, latin1Decoder)).toEqual([[1, '{"b":"中"}'], [2, "x"], [3, "\uFEFFb"]]);
    await expect(lines([new Uint8Array([0x61, 0x0a, 0x62, 0xff, 0x0a])], undefined, latin1Decoder)).rejects.toMatchObject({ problem: "invalid-utf8", line: 2, column: 2 });
  });

  it("gives the same lines however the bytes are chunked (multi-byte characters cut anywhere)", async () => {
    const line = fc.stringMatching(/^[a-z中文\u{20BB7}"{} ]{0,12}$/u);
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 10 }), async (texts, crlf, offsets) => {
        const text = texts.join(crlf ? "\r\n" : "\n");
        // A final newline ends the last line; it does not start an empty one.
        const parts = text.split(crlf ? "\r\n" : "\n");
        if (parts.at(-1) === "") parts.pop();
        const expected = parts.map((l, i): [number, string] => [i + 1, l]);
        expect(await lines(cut(enc.encode(text), offsets))).toEqual(expected);
        expect(await lines([text])).toEqual(expected);
        expect(await lines(reusing(cut(enc.encode(text), offsets)))).toEqual(expected);
        expect(await lines(reusing(cut(enc.encode(text), offsets)), undefined, latin1Decoder)).toEqual(expected);
      }),
    );
  });

  it("gives each Latin-1 line the byte offset where it starts, however the bytes are chunked (BOM, CRLF, no final newline)", async () => {
    const line = fc.stringMatching(/^[a-z中\u{20BB7}" ]{0,12}$/u);
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 8 }), fc.boolean(), fc.boolean(), fc.boolean(), fc.array(fc.nat(), { maxLength: 10 }), async (texts, bom, crlf, last, offsets) => {
        const bytes = enc.encode((bom ? "\uFEFF" : "") + texts.join(crlf ? "\r\n" : "\n") + (last ? "\n" : ""));
        const starts: number[] = [];
        const seen: string[] = [];
        for await (const batch of readLines(reusing(cut(bytes, offsets)), { decoder: latin1Decoder, starts: true })) {
          batch.lines.forEach((text, i) => (seen.push(text), starts.push(batch.starts![i]!)));
        }
        // Each line's bytes are found at its start (a BOM belongs to the first line), and the next line starts after its newline.
        seen.forEach((text, i) => {
          const from = starts[i]! + (i === 0 && bom ? 3 : 0);
          expect(Buffer.from(bytes.subarray(from, from + text.length)).toString("latin1")).toBe(text);
          if (i + 1 < seen.length) expect(bytes[starts[i + 1]! - 1]).toBe(10);
        });
        if (seen.length > 0) expect(starts[0]).toBe(0);
      }),
    );
    // Text input and UTF-8 decoding give no offsets.
    for await (const batch of readLines(["a\nb\n"], { starts: true })) expect(batch.starts).toBeUndefined();
    for await (const batch of readLines([enc.encode("a\nb\n")], { starts: true })) expect(batch.starts).toBeUndefined();
  });

  it("reports the line and column of invalid UTF-8; valid text with U+FFFD passes", async () => {
    const bad = Uint8Array.from([...enc.encode("ok\n中x"), 0xff, ...enc.encode("\n")]);
    const error = await lines([bad]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamInputError);
    expect((error as StreamInputError).problem).toBe("invalid-utf8");
    expect([(error as StreamInputError).line, (error as StreamInputError).column]).toEqual([2, 3]);
    expect(await lines([enc.encode("\uFFFD\n")])).toEqual([[1, "\uFFFD"]]);
  });

  it("stops at a line longer than the limit without waiting for its end; a line at the limit passes", async () => {
    const chunks = function* () {
      yield enc.encode("short\n");
      for (;;) yield new Uint8Array(64).fill(0x61); // an endless line: must not hang or grow
    };
    const error = await (async () => {
      for await (const _ of readLines(chunks(), { maxLineBytes: 1000 })) void _;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamInputError);
    expect([(error as StreamInputError).problem, (error as StreamInputError).line]).toEqual(["line-too-long", 2]);
    expect(await lines([enc.encode("x".repeat(1000) + "\n")], 1000)).toEqual([[1, "x".repeat(1000)]]);
    // Counted in bytes: 400 CJK characters are 1,200 bytes.
    const cjk = await lines([enc.encode("中".repeat(400) + "\nok\n")], 1000).catch((e: unknown) => e);
    expect((cjk as StreamInputError).line).toBe(1);
  });
});
