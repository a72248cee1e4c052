/** Strict UTF-8 decoding of a byte stream into text chunks, with the line and column of a bad byte. Browser-safe. */
import { inputProblem } from "./input-error.js";
import { locateInvalidUtf8 } from "./utf8-position.js";

/** Decodes chunks as UTF-8 (a leading BOM is dropped); invalid bytes stop with a StreamInputError. */
export async function* decodeText(source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let lines = 0; // newlines before the current chunk
  for await (const chunk of source) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const at = locateInvalidUtf8(chunk);
      throw inputProblem("invalid-utf8", "input.not-utf8", {}, lines + at.line, at.column);
    }
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lines++;
    if (text.length > 0) yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw inputProblem("invalid-utf8", "input.utf8-truncated", {}, lines + 1);
  }
  if (rest.length > 0) yield rest;
}
