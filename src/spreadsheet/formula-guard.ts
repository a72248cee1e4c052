/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet program runs a cell that starts with
 * =, +, -, @, a tab or a carriage return as a formula. Export prefixes such text with a single
 * quote, which those programs show as text; import removes exactly that quote. Text that already
 * starts with quotes before such a character gets one more, so the round trip is exact for every
 * string: guard(s) = "'" + s when s matches /^'*[=+\-@\t\r]/, and unguard removes one quote when
 * the text matches /^'+[=+\-@\t\r]/ (a subset of the first pattern, so unguard(guard(s)) = s).
 * Browser-safe.
 */

const GUARDED = /^'*[=+\-@\t\r]/;
const QUOTED = /^'+[=+\-@\t\r]/;

/** The cell text as written to CSV: formula-looking text gets a leading single quote. */
export function guardFormula(text: string): string {
  return GUARDED.test(text) ? `'${text}` : text;
}

/** The cell text as read from CSV: the quote guardFormula added is removed. */
export function unguardFormula(text: string): string {
  return QUOTED.test(text) ? text.slice(1) : text;
}
