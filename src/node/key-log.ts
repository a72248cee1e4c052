/**
 * A temporary log of duplicate keys, for input that cannot be read again (gzip, a pipe): each key
 * is appended as one JSON line and found again by its offset, so the spilled fingerprints of a
 * stream have somewhere to confirm their candidates. About 60 bytes a record on disk, 64 KiB in
 * memory. Node-only.
 */
import fs from "node:fs";
import type { LineKey } from "../validate/line-duplicates.js";
import { LinesAt, type KeySource } from "./spilled-duplicates.js";
import { removeOnExit, type TempFile } from "./temp-file.js";

/** Appends keys (`append` gives each one's offset) and reads them back (`keyAt`). */
export class KeyLog implements KeySource {
  private temp: TempFile | undefined = removeOnExit("zwfw-keys-");
  private readonly lines = new LinesAt(this.temp!.fd);
  private pending: string[] = [];
  private pendingBytes = 0;
  private written = 0;

  /** Appends a key; returns the offset to read it back from. */
  append(entry: LineKey): number {
    const line = JSON.stringify([entry.key, entry.field, entry.itemCode ?? null]) + "\n";
    const offset = this.written + this.pendingBytes;
    this.pending.push(line);
    this.pendingBytes += Buffer.byteLength(line);
    if (this.pendingBytes >= 64 * 1024) this.flush();
    return offset;
  }

  keyAt(offset: number): LineKey | undefined {
    this.flush();
    const [key, field, itemCode] = JSON.parse(this.lines.lineAt(offset)) as [string, string, string | null];
    return { key, field, itemCode: itemCode ?? undefined };
  }

  /** Deletes the log (again is a no-op). */
  close(): void {
    this.temp?.remove();
    this.temp = undefined;
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const bytes = Buffer.from(this.pending.join(""));
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(this.temp!.fd, bytes, done, bytes.length - done, this.written + done);
    this.written += bytes.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
}
