/** The page's side of the JSONL worker: starts it, relays its progress, and settles with the report or a one-line problem. */
import type { Report } from "../../../src/report/issue.js";
import { InputProblem } from "../input/loaded-file.js";
import { t } from "../i18n.js";
import { catalogue, type MessageId } from "../../../src/i18n/all-messages.js";
import type { StreamProgressReply, StreamReply, StreamRequest } from "./protocol.js";
// Vite builds the worker as its own bundle and inlines it; the page makes it a blob: worker (CSP worker-src blob:), no file is fetched.
import LinesWorker from "./validate-lines.worker.ts?worker&inline";

/** A running validation: its outcome, and a way to stop it when the input changes. */
export interface WorkerRun {
  result: Promise<Report>;
  cancel(): void;
}

/** A stream problem in the page's language, with its line and column where known. */
function problemText(reply: Extract<StreamReply, { type: "error" }>): string {
  const id = `cli.stream.${reply.problem}`;
  const text = reply.problem && id in catalogue ? t(id as MessageId, reply.params ?? {}) : reply.message;
  const at = reply.line === undefined ? "" : reply.column === undefined ? `${reply.line}: ` : `${reply.line}:${reply.column}: `;
  return `${at}${text}`;
}

/** Validates a JSONL file in a worker; a problem rejects with an InputProblem (one line). */
export function validateInWorker(request: StreamRequest, onProgress: (progress: StreamProgressReply) => void): WorkerRun {
  const worker = new LinesWorker({ name: "zwfw-validate-lines" });
  let settle!: { resolve: (r: Report) => void; reject: (e: unknown) => void };
  const result = new Promise<Report>((resolve, reject) => (settle = { resolve, reject }));
  worker.onmessage = (event: MessageEvent<StreamReply>) => {
    const reply = event.data;
    if (reply.type === "progress") return onProgress(reply);
    worker.terminate();
    if (reply.type === "done") settle.resolve(reply.report);
    else settle.reject(new InputProblem(problemText(reply)));
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle.reject(new InputProblem(event.message || "worker failed"));
  };
  worker.postMessage(request);
  return { result, cancel: () => worker.terminate() };
}
