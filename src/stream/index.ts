/** Streaming validation of JSONL, browser-safe. */
export { validateStream, collectStream, type ValidateStreamOptions, type StreamValidation, type StreamProgress } from "./validate-stream.js";
export { readLines, utf8Decoder, DEFAULT_MAX_LINE_BYTES, type LineBatch, type LineReaderOptions, type LineDecoder, type ChunkSource } from "./line-reader.js";
export { StreamInputError, type StreamInputProblem } from "./input-error.js";
