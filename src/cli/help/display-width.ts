/**
 * Display width of terminal text: East Asian wide and fullwidth characters take two columns
 * (get-east-asian-width, the Unicode EastAsianWidth table), ANSI colour codes none.
 */
import { eastAsianWidth } from "get-east-asian-width";

const ANSI = /\u001b\[[0-9;]*m/g;

/** Columns a code point takes: 0 for combining marks and control characters, 2 for wide ones, else 1. */
export function codePointWidth(codePoint: number): number {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
  if ((codePoint >= 0x300 && codePoint <= 0x36f) || codePoint === 0x200b || (codePoint >= 0xfe00 && codePoint <= 0xfe0f)) return 0;
  return eastAsianWidth(codePoint);
}

/** Columns a string takes on a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, "")) width += codePointWidth(ch.codePointAt(0)!);
  return width;
}

/**
 * Wraps text to `width` columns, keeping existing line breaks. Latin words stay whole; a line may
 * break before any wide (CJK) character, but not before closing punctuation such as "，" or "）"
 * nor after an opening bracket.
 * Hand-written because wrap libraries only break at spaces, and Chinese has none.
 */
export function wrapText(text: string, width: number): string {
  return text
    .split(/\r?\n/)
    .map((line) => wrapLine(line, width))
    .join("\n");
}

const NO_BREAK_BEFORE = /^[，。；：、！？）》」』】,.;:!?)\]]/u;
const NO_BREAK_AFTER = /[（《「『【]$/u;

/** Splits a line into chunks a break may come between: a space-led word, or one wide character. */
function chunks(line: string): string[] {
  const out: string[] = [];
  for (const match of line.matchAll(/\s*(?:[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])/gu)) {
    const chunk = match[0];
    if (out.length > 0 && (NO_BREAK_BEFORE.test(chunk) || NO_BREAK_AFTER.test(out[out.length - 1]!))) out[out.length - 1] += chunk;
    else out.push(chunk);
  }
  return out;
}

/** Wraps one line. */
function wrapLine(line: string, width: number): string {
  const parts = chunks(line);
  if (parts.length === 0) return line;
  const lines: string[] = [];
  let current = parts[0]!;
  for (const part of parts.slice(1)) {
    if (displayWidth(current + part) <= width) current += part;
    else {
      lines.push(current);
      current = part.trimStart();
    }
  }
  lines.push(current);
  return lines.join("\n");
}
