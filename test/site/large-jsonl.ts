/**
 * Writes a large JSONL file of distinct, valid implementation items quickly: one block of lines is
 * built once with a placeholder where each item's basic code counts up, and every copy of the block
 * only overwrites those digits, so 200 MB take a second, not a JSON.stringify per line.
 */
import fs from "node:fs";
import { readJson } from "../helpers/examples.js";

/** Eight placeholder bytes: the counting part of a basic code (4 fixed digits + 8 counted). */
const MARK = "@@@@@@@@";

/** What was written. */
export interface LargeJsonl {
  bytes: number;
  lines: number;
}

/** Writes about `bytes` bytes of distinct, valid items (whole blocks of `linesPerBlock` lines) to `file`. */
export function writeLargeJsonl(file: string, bytes: number, linesPerBlock = 1000): LargeJsonl {
  const items = readJson("examples/4-county-gusu.json").items as { basicCode: string; implementationCode: string; level: string; agency: { creditCode: string } }[];
  const texts: Buffer[] = [];
  for (let i = 0; i < linesPerBlock; i++) {
    const item = items[i % items.length]!;
    const basicCode = item.basicCode.slice(0, 4) + MARK;
    const text = JSON.stringify(item).replaceAll(item.basicCode, basicCode).replace(item.implementationCode, item.agency.creditCode + item.level + basicCode);
    texts.push(Buffer.from(`${text}\n`));
  }
  const block = Buffer.concat(texts);
  // Byte offsets of each line's placeholders in the block.
  const marks: number[][] = [];
  let start = 0;
  for (const text of texts) {
    const own: number[] = [];
    for (let at = text.indexOf(MARK); at >= 0; at = text.indexOf(MARK, at + 1)) own.push(start + at);
    marks.push(own);
    start += text.length;
  }
  const copies = Math.max(1, Math.ceil(bytes / block.length));
  const fd = fs.openSync(file, "w");
  try {
    for (let copy = 0; copy < copies; copy++) {
      marks.forEach((own, i) => {
        const digits = String(copy * linesPerBlock + i).padStart(8, "0");
        for (const at of own) block.write(digits, at, "latin1");
      });
      fs.writeSync(fd, block);
    }
  } finally {
    fs.closeSync(fd);
  }
  return { bytes: copies * block.length, lines: copies * linesPerBlock };
}
