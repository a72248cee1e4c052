/**
 * A temporary file that is removed however the run ends: by `remove()` (a `finally`), on exit, and
 * on SIGINT or SIGTERM, after which the signal is raised again so the process ends as it would
 * have. Node-only.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** An open temporary file. */
export interface TempFile {
  readonly path: string;
  readonly fd: number;
  /** Closes and deletes it (again is a no-op). */
  remove(): void;
}

const open = new Set<TempFile>();
const SIGNALS = ["SIGINT", "SIGTERM"] as const;

function removeAll(): void {
  for (const file of [...open]) file.remove();
}

/** Removes every open temporary file, then lets the signal end the process as it would have. */
function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  process.kill(process.pid, signal);
}

/** Listeners are installed only while a temporary file exists, so a run that spills nothing changes no signal handling. */
function watch(on: boolean): void {
  if (on) {
    process.on("exit", removeAll);
    for (const signal of SIGNALS) process.once(signal, onSignal);
  } else {
    process.off("exit", removeAll);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  }
}

/** Creates an empty temporary file (in its own directory under os.tmpdir(), named from `prefix`), open for reading and writing. */
export function removeOnExit(prefix: string): TempFile {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = path.join(dir, "data");
  const fd = fs.openSync(file, "w+");
  const temp: TempFile = {
    path: file,
    fd,
    remove() {
      if (!open.delete(temp)) return;
      if (open.size === 0) watch(false);
      fs.closeSync(fd);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  if (open.size === 0) watch(true);
  open.add(temp);
  return temp;
}
