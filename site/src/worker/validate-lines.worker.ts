/**
 * The worker that validates a large JSONL file off the page's thread, so the tab stays responsive:
 * it streams the file (Blob.stream(), bounded memory) through the library's collectStream and posts
 * progress a few times a second, then the report. Nothing here touches the network.
 */
import { collectStream, StreamInputError } from "../../../src/stream/index.js";
import type { StreamReply, StreamRequest } from "./protocol.js";

/** Progress messages at most this often: enough for a smooth bar, few enough not to load the page. */
const PROGRESS_EVERY_MS = 100;

/** The worker's side of postMessage/onmessage, typed here because the page compiles with the DOM lib, not WebWorker. */
const scope = self as unknown as { postMessage(reply: StreamReply): void; onmessage: ((event: MessageEvent<StreamRequest>) => void) | null };

scope.onmessage = (event) => void run(event.data);

async function run({ file, kind, locale, maxIssues }: StreamRequest): Promise<void> {
  let last = 0;
  try {
    const report = await collectStream(file.stream(), {
      item: kind, locale, maxIssues,
      onProgress: ({ bytes, items, issues }) => {
        const now = Date.now();
        if (now - last < PROGRESS_EVERY_MS) return;
        last = now;
        scope.postMessage({ type: "progress", bytes, items, issues });
      },
    });
    scope.postMessage({ type: "progress", bytes: file.size, items: report.summary.items, issues: report.issues.length });
    scope.postMessage({ type: "done", report });
  } catch (error) {
    const base = { type: "error" as const, message: String((error as Error)?.message ?? error) };
    scope.postMessage(error instanceof StreamInputError
      ? { ...base, problem: error.problem, params: error.params, ...(error.line !== undefined ? { line: error.line } : {}), ...(error.column !== undefined ? { column: error.column } : {}) }
      : base);
  }
}
