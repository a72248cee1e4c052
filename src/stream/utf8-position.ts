/** Where the first invalid UTF-8 byte is, as a 1-based line and column: TextDecoder only says "invalid". */

/** The line and column (in characters) of the first byte that is not valid UTF-8. */
export function locateInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  // The shortest failing prefix ends at the offending byte; failing is monotone in the prefix
  // length, so a binary search over `decode(prefix, { stream: true })` finds it with the
  // platform's own decoder (no hand-written UTF-8 state machine).
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (fails(bytes.subarray(0, mid + 1))) hi = mid;
    else lo = mid + 1;
  }
  // `lo` is where decoding fails; the bad sequence may have started up to 3 bytes earlier (a lead
  // byte whose continuation is wrong): the column is that of the first byte that is not part of
  // a complete character.
  let offset = Math.min(lo, bytes.length);
  while (offset > 0 && lo - offset < 3 && !decodesWhole(bytes.subarray(0, offset))) offset--;
  const before = bytes.subarray(0, offset);
  const lineStart = before.lastIndexOf(10) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (before[i] === 10) line++;
  const column = new TextDecoder("utf-8").decode(before.subarray(lineStart)).length + 1;
  return { line, column };
}

/** Whether bytes decode as complete characters. */
function decodesWhole(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Whether decoding a prefix (allowing an unfinished last character) fails. */
function fails(prefix: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(prefix, { stream: true });
    return false;
  } catch {
    return true;
  }
}
