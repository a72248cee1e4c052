/** Streaming validation of JSONL, browser-safe. */
export { validateStream, collectStream, type ValidateStreamOptions, type StreamValidation, type StreamProgress } from "./validate-stream.js";
export { readLines, DEFAULT_MAX_LINE_BYTES, type LineBatch, type LineReaderOptions, type ChunkSource } from "./line-reader.js";
export { StreamInputError, type StreamInputProblem } from "./input-error.js";
