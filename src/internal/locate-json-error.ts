/**
 * Where JSON text first goes wrong, for messages. V8's JSON.parse errors on Node 20 often carry no
 * position and are English only, so on the (rare) error path the text is re-scanned with
 * jsonc-parser, which reports an offset and a code the message catalogue translates. Browser-safe.
 */
import { parse, printParseErrorCode, type ParseError } from "jsonc-parser";

/** 1-based line and column of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first syntax error: its line, column and jsonc-parser code (e.g. "ValueExpected"). */
export function locateJsonError(text: string): { line: number; column: number; code: string } {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { ...lineColumnAt(text, text.length), code: "UnexpectedEndOfInput" };
  return { ...lineColumnAt(text, first.offset), code: printParseErrorCode(first.error) };
}
