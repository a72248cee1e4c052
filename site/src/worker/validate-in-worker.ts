/** The page's side of the validating worker: starts it, relays its progress, and settles with its outcome or a one-line problem. */
import { InputProblem } from "../input/loaded-file.js";
import { t } from "../i18n.js";
import { catalogue, type MessageId } from "../../../src/i18n/all-messages.js";
import type { DoneReply, JsonDoneReply, StreamDoneReply, StreamProgressReply, StreamReply, StreamRequest, JsonRequest } from "./protocol.js";
// Vite builds the worker as its own bundle and inlines it; the page makes it a blob: worker (CSP worker-src blob:), no file is fetched.
import FileWorker from "./validate-file.worker.ts?worker&inline";

/** A running validation: its outcome, and a way to stop it when the input changes. */
export interface WorkerRun<R extends DoneReply = DoneReply> {
  result: Promise<R>;
  cancel(): void;
}

/** A file the worker could not read at all (a JSON document's encoding or syntax), as opposed to a run that failed. */
export class UnreadableFile extends InputProblem {}

/** A stream problem in the page's language, with its line and column where known. */
function problemText(reply: Extract<StreamReply, { type: "error" }>): string {
  const id = `cli.stream.${reply.problem}`;
  const text = reply.problem && id in catalogue ? t(id as MessageId, reply.params ?? {}) : reply.message;
  const at = reply.line === undefined ? "" : reply.column === undefined ? `${reply.line}: ` : `${reply.line}:${reply.column}: `;
  return `${at}${text}`;
}

/** Validates a large file in a worker (JSONL streamed, JSON read whole there); a problem rejects with an InputProblem (one line). */
export function validateInWorker(request: StreamRequest, onProgress: (progress: StreamProgressReply) => void): WorkerRun<StreamDoneReply>;
export function validateInWorker(request: JsonRequest, onProgress: (progress: StreamProgressReply) => void): WorkerRun<JsonDoneReply>;
export function validateInWorker(request: StreamRequest | JsonRequest, onProgress: (progress: StreamProgressReply) => void): WorkerRun {
  const worker = new FileWorker({ name: "zwfw-validate-file" });
  let settle!: { resolve: (r: DoneReply) => void; reject: (e: unknown) => void };
  const result = new Promise<DoneReply>((resolve, reject) => (settle = { resolve, reject }));
  worker.onmessage = (event: MessageEvent<StreamReply>) => {
    const reply = event.data;
    if (reply.type === "progress") return onProgress(reply);
    worker.terminate();
    if (reply.type === "done") settle.resolve(reply);
    else settle.reject(reply.unreadable ? new UnreadableFile(reply.message) : new InputProblem(problemText(reply)));
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle.reject(new InputProblem(event.message || "worker failed"));
  };
  worker.postMessage(request);
  return { result, cancel: () => worker.terminate() };
}
