/**
 * zwfw-standard/node: the Node-only helpers for files at national scale: streaming JSONL
 * (and .jsonl.gz) validation on all cores, and streaming validation of JSON catalogues too
 * large to read whole.
 */
export { validateJsonLinesFile, type JsonLinesFileOptions, type FileProgress } from "./validate-jsonl-file.js";
export { validateJsonCatalogueFile, type JsonCatalogueFileOptions } from "./validate-json-catalogue.js";
export { openFile, isGzip, maxInflatedBytes, type OpenFileOptions } from "./open-file.js";
export { newlineRanges, rangeBytes, DEFAULT_RANGE_BYTES, type ByteRange } from "./ranges.js";
export { StreamInputError, type StreamInputProblem } from "../stream/input-error.js";
export { readLines, utf8Decoder, DEFAULT_MAX_LINE_BYTES, type LineDecoder } from "../stream/line-reader.js";
export { latin1Decoder } from "./latin1-decoder.js";
