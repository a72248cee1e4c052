/**
 * Test helpers for the .xlsx layer: zip archives whose bytes a test patches (sizes, offsets, signatures),
 * a part's text as the reader inflates it, and a refusal as a whole worded error in both locales.
 */
import { strToU8, zipSync, type ZipOptions } from "fflate";
import { errorMessage, type ErrorMessageId } from "../../src/i18n/localized-error.js";
import { openZip, readPartText, type ZipArchive } from "../../src/spreadsheet/xlsx/zip-reader.js";

/** A zip archive of `parts` (text or bytes), each with its own fflate options (level 0: stored; extra fields; a comment). */
export function zipOf(parts: Record<string, string | Uint8Array | [string | Uint8Array, ZipOptions & { comment?: string }]>, level: ZipOptions["level"] = 6): Uint8Array {
  const bytes = (v: string | Uint8Array) => (typeof v === "string" ? strToU8(v) : v);
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, v]) => [name, Array.isArray(v) ? [bytes(v[0]), v[1]] : [bytes(v), { level }]])));
}

/** The offset of an archive's end-of-central-directory record (the last one). */
export function eocdOf(bytes: Uint8Array): number {
  for (let i = bytes.length - 22; i >= 0; i--) if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) return i;
  throw new Error("no end record");
}

/** The offset of the central directory record of the `n`th entry (0-based). */
export function centralOf(bytes: Uint8Array, n: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  let at = view.getUint32(eocdOf(bytes) + 16, true);
  for (let i = 0; i < n; i++) at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  return at;
}

/** A copy of `bytes` with little-endian integers written at offsets. */
export function patched(bytes: Uint8Array, edits: [offset: number, value: number, width: 2 | 4][]): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (const [offset, value, width] of edits) width === 2 ? view.setUint16(offset, value, true) : view.setUint32(offset, value, true);
  return copy;
}

/** The archive of `bytes`, read in memory. */
export const archiveOf = (bytes: Uint8Array): ZipArchive => openZip((o, n) => bytes.subarray(Math.max(0, o), Math.max(0, o + n)), bytes.length);

/** The text of part `name` as readPartText gives it, each piece the sink received. */
export function piecesOf(zip: ZipArchive, name: string, maxBytes = 1 << 24): string[] {
  const pieces: string[] = [];
  readPartText(zip, zip.entries.get(name)!, (t) => pieces.push(t), maxBytes);
  return pieces;
}

/** Letters no deflate shrinks much (a fixed pseudo-random sequence), so a part's compressed size passes 64 KiB. */
const noises = new Map<number, string>();
export const noise = (n: number): string => {
  let x = 0x2545f491;
  if (!noises.has(n)) {
    noises.set(n, Array.from({ length: n }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return String.fromCharCode(97 + ((x >>> 0) % 26));
    }).join(""));
  }
  return noises.get(n)!;
};

/** A worded error as a test compares it: class name, id, params, and the message in zh-CN (as thrown) and en. */
export interface Refusal {
  name: string;
  id: string;
  params: object;
  zh: string;
  en: string;
}

/** What `run` throws, as a Refusal (undefined when it returns). */
export function refusalOf(run: () => unknown): Refusal | undefined {
  try {
    run();
  } catch (error) {
    const e = error as Error & { messageId: ErrorMessageId; messageParams: Record<string, string | number> };
    if (!e.messageId) throw error;
    return { name: e.name, id: e.messageId, params: e.messageParams, zh: e.message, en: errorMessage(e.messageId, "en", e.messageParams) };
  }
  return undefined;
}

/** The XlsxError expected for `id`: its name, params and both wordings. */
export const xlsxRefusal = (id: ErrorMessageId, params: Record<string, string | number>, zh: string, en: string): Refusal => ({ name: "XlsxError", id, params, zh, en });
