/** Splits a file into byte ranges that start and end at line boundaries, for parallel validation. Node-only. */
import fs from "node:fs";

/** A byte range [start, end) of a file. */
export interface ByteRange {
  start: number;
  end: number;
}

/** The default range size; ZWFW_RANGE_BYTES overrides it (tests use tiny ranges). */
export const DEFAULT_RANGE_BYTES = 8 * 1024 * 1024;

/** The range size in effect. */
export function rangeBytes(): number {
  const fromEnv = Number(process.env.ZWFW_RANGE_BYTES);
  return fromEnv > 0 ? Math.floor(fromEnv) : DEFAULT_RANGE_BYTES;
}

/**
 * Cuts `file` into ranges of about `size` bytes, each ending just after a newline (the last at
 * the end of the file), so no line is split. Only a few bytes around each cut are read. `total`
 * is the file's size when the run started (default: now); bytes appended later are not read.
 * A file that shrinks meanwhile gets ranges up to `total`: the range that finds the end too early
 * reports it, as a one-thread run does.
 */
export function newlineRanges(file: string, size: number, total = fs.statSync(file).size): ByteRange[] {
  const ranges: ByteRange[] = [];
  const fd = fs.openSync(file, "r");
  try {
    const probe = Buffer.allocUnsafe(64 * 1024);
    let start = 0;
    while (start < total) {
      let end = Math.min(start + size, total);
      // Move the cut forward to just after the next newline.
      while (end < total) {
        const read = fs.readSync(fd, probe, 0, probe.length, end - 1);
        if (read === 0) {
          // The file shrank below `total`: no newline to find here (reading on would spin for ever).
          end = total;
          break;
        }
        const nl = probe.subarray(0, read).indexOf(10);
        if (nl >= 0) {
          end = end - 1 + nl + 1;
          break;
        }
        end = Math.min(end - 1 + read + 1, total);
      }
      ranges.push({ start, end });
      start = end;
    }
  } finally {
    fs.closeSync(fd);
  }
  return ranges;
}
