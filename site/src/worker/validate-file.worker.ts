/**
 * The worker that validates a large file off the page's thread, so the tab stays responsive. A JSONL
 * file is streamed (Blob.stream(), bounded memory) through the library's collectStream; a JSON document
 * cannot stream, so it is read whole here (with progress), parsed and validated with the library's
 * validate, and sent back with its text for the page's views. Nothing here touches the network.
 */
import { message } from "../../../src/i18n/all-messages.js";
import { collectStream, StreamInputError } from "../../../src/stream/index.js";
import { validate } from "../../../src/validate/validate.js";
import { documentNameOf } from "../input/document-name.js";
import { InputProblem } from "../input/input-problem.js";
import { decodeUtf8, parseJsonText } from "../input/json-text.js";
import type { JsonRequest, StreamReply, StreamRequest, WorkerRequest } from "./protocol.js";

/** Progress messages at most this often: enough for a smooth bar, few enough not to load the page. */
const PROGRESS_EVERY_MS = 100;

/** The worker's side of postMessage/onmessage, typed here because the page compiles with the DOM lib, not WebWorker. */
const scope = self as unknown as { postMessage(reply: StreamReply): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };

scope.onmessage = (event) => void (event.data.format === "json" ? runJson(event.data) : run(event.data));

/** Posts progress at most every PROGRESS_EVERY_MS. */
function throttled(): (bytes: number, items: number, issues: number) => void {
  let last = 0;
  return (bytes, items, issues) => {
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS) return;
    last = now;
    scope.postMessage({ type: "progress", bytes, items, issues });
  };
}

async function run({ file, kind, locale, maxIssues }: StreamRequest): Promise<void> {
  const progress = throttled();
  try {
    const report = await collectStream(file.stream(), {
      item: kind, locale, maxIssues,
      onProgress: ({ bytes, items, issues }) => progress(bytes, items, issues),
    });
    scope.postMessage({ type: "progress", bytes: file.size, items: report.summary.items, issues: report.issues.length });
    scope.postMessage({ type: "done", format: "jsonl", report });
  } catch (error) {
    const base = { type: "error" as const, message: String((error as Error)?.message ?? error) };
    scope.postMessage(error instanceof StreamInputError
      ? { ...base, problem: error.problem, params: error.params, ...(error.line !== undefined ? { line: error.line } : {}), ...(error.column !== undefined ? { column: error.column } : {}) }
      : base);
  }
}

/** Reads a Blob whole, posting progress as its chunks arrive. */
async function readAll(file: Blob): Promise<Uint8Array> {
  const progress = throttled();
  const bytes = new Uint8Array(file.size);
  let at = 0;
  const reader = file.stream().getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes.set(chunk.value, at);
    at += chunk.value.length;
    progress(at, 0, 0);
  }
  return bytes.subarray(0, at);
}

async function runJson({ file, locale }: JsonRequest): Promise<void> {
  try {
    const text = decodeUtf8(await readAll(file), locale);
    scope.postMessage({ type: "progress", bytes: file.size, items: 0, issues: 0 });
    const document = parseJsonText(text, locale);
    const as = documentNameOf(document);
    const report = validate(document, { as, locale });
    scope.postMessage({ type: "done", format: "json", report, document, as, text });
  } catch (error) {
    // Worded as the page words a small file's problems: an input problem as it is, a stack overflow as the input's depth.
    if (error instanceof InputProblem) return scope.postMessage({ type: "error", message: error.message, unreadable: true });
    scope.postMessage({ type: "error", message: error instanceof RangeError ? message("input.too-deep", locale) : String((error as Error)?.message ?? error) });
  }
}
