/**
 * What an input path is, and reading it whole within a limit. The size the OS reports is a hint,
 * not a bound: it is 0 for devices, pipes and FIFOs, and a file can grow or shrink while it is
 * read. So every read here is bounded by the bytes actually read, and reads carry no position
 * (a pipe cannot seek: positional reads fail with ESPIPE). Node-only.
 */
import fs from "node:fs";
import { inputProblem, type StreamInputError } from "../stream/input-error.js";

/** An input path after one stat: a regular file (its size known at that moment) or a stream (pipe, FIFO, device, socket). */
export interface InputFile {
  regular: boolean;
  /** The size at the stat; 0 for a stream. */
  size: number;
}

/** "1.5 GiB", "64 MiB", "512 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(1)} GiB`;
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/** A file problem worded from the catalogue; a caller with a locale (the CLI) words it again by its message id. */
function fileProblem(problem: "unreadable" | "read-limit", id: "input.symlink-loop" | "input.directory" | "input.no-permission" | "input.no-such-file" | "input.read-limit", params: Record<string, string | number> = {}): StreamInputError {
  return inputProblem(problem, id, params);
}

/** The one-line error of a failed open or stat: a missing file, a symlink loop, a folder, no permission. */
export function openProblem(error: unknown): StreamInputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ELOOP") return fileProblem("unreadable", "input.symlink-loop");
  if (code === "EISDIR") return fileProblem("unreadable", "input.directory");
  if (code === "EACCES" || code === "EPERM") return fileProblem("unreadable", "input.no-permission");
  if (code === "ENOENT" || code === "ENOTDIR") return fileProblem("unreadable", "input.no-such-file");
  return inputProblem("unreadable", "input.system-error", { code: code ?? "error" });
}

/** Stats an input path (following symlinks); a folder or a missing path is a StreamInputError. */
export function inspectInput(file: string): InputFile {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw openProblem(error);
  }
  if (stat.isDirectory()) throw fileProblem("unreadable", "input.directory");
  return stat.isFile() ? { regular: true, size: stat.size } : { regular: false, size: 0 };
}

/** The error of an input that passed its read limit. */
export function readLimitError(limit: number): StreamInputError {
  return fileProblem("read-limit", "input.read-limit", { limit: formatBytes(limit) });
}

/** Reads a whole file, pipe or device, stopping with a "read-limit" StreamInputError once more than `limit` bytes were read. */
export function readWhole(file: string, limit: number): Buffer {
  const input = inspectInput(file);
  if (input.regular && input.size > limit) throw readLimitError(limit);
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch (error) {
    throw openProblem(error);
  }
  const pieces: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      // Large reads for files; a pipe returns what it has.
      const piece = Buffer.allocUnsafe(Math.min(Math.max(input.size - total + 1, 64 * 1024), 16 * 1024 * 1024, limit + 1 - total));
      const got = readSome(fd, piece);
      if (got === 0) break;
      total += got;
      if (total > limit) throw readLimitError(limit);
      pieces.push(got === piece.length ? piece : piece.subarray(0, got));
    }
  } finally {
    fs.closeSync(fd);
  }
  return pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, total);
}

/** One read at the current position; a FIFO or socket that would block is waited for. */
export function readSome(fd: number, into: Uint8Array, offset = 0, length = into.length - offset): number {
  for (;;) {
    try {
      return fs.readSync(fd, into, offset, length, null);
    } catch (error) {
      // A non-blocking descriptor (a FIFO opened by someone else in O_NONBLOCK) has no data yet.
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}
