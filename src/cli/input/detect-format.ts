/**
 * What an input file holds, from its name when the extension says, else from its first bytes:
 * gzip and zip (xlsx) by magic number, JSON Lines when the first line is a whole JSON value and
 * another value follows on the next line, JSON when it starts with { or [, else CSV.
 */
import { gunzipSync, constants } from "node:zlib";

/** The kinds of input zwfw reads. */
export type InputKind = "json" | "jsonl" | "xlsx" | "csv";

/** An input's kind, and whether it is gzip-compressed (JSON and JSONL only). */
export interface InputFormat {
  kind: InputKind;
  gzip: boolean;
}

/** Bytes looked at to tell the format. */
export const SNIFF_BYTES = 64 * 1024;

/** The format a file name states, or undefined when its extension says nothing. */
export function formatOfName(file: string): InputFormat | undefined {
  const m = /\.(jsonl|json|xlsx|csv)(\.gz)?$/i.exec(file);
  if (!m) return undefined;
  const kind = m[1]!.toLowerCase() as InputKind;
  if (m[2] && (kind === "xlsx" || kind === "csv")) return undefined;
  return { kind, gzip: Boolean(m[2]) };
}

/** The format of content from its first bytes (a prefix of the file is enough). */
export function formatOfContent(head: Uint8Array): InputFormat {
  if (head[0] === 0x1f && head[1] === 0x8b) {
    let inflated: Uint8Array;
    try {
      // A prefix of a gzip member inflates as far as it goes with a sync flush.
      inflated = gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: SNIFF_BYTES * 16 });
    } catch {
      inflated = new Uint8Array();
    }
    const inner = formatOfContent(inflated);
    return { kind: inner.kind === "jsonl" ? "jsonl" : "json", gzip: true };
  }
  // A zip archive is an .xlsx workbook; an OLE file an old .xls, which the workbook reader turns away with its own message.
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return { kind: "xlsx", gzip: false };
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return { kind: "xlsx", gzip: false };
  const text = new TextDecoder("utf-8").decode(head.subarray(0, SNIFF_BYTES)).replace(/^\uFEFF/, "");
  const start = text.trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return { kind: isJsonLines(start) ? "jsonl" : "json", gzip: false };
  return { kind: "csv", gzip: false };
}

/** Whether text starting with a JSON value is JSON Lines: a whole value on its first line and another value on a later line. */
function isJsonLines(text: string): boolean {
  const lines = text.split(/\r?\n/);
  if (lines.length < 2) return false;
  try {
    JSON.parse(lines[0]!);
  } catch {
    return false;
  }
  const next = lines.slice(1).find((line) => line.trim() !== "");
  return next !== undefined && /^\s*[{[]/.test(next);
}
