/** Normal forms used to compare names across levels, so that typography is not a deviation. */
import type { Data } from "../rules/rule.js";

/**
 * Folds full-width forms to half-width (NFKC: "（" → "(", "Ａ" → "A") and drops all whitespace,
 * including the ideographic space, which NFKC turns into a plain space first.
 */
export function normalizeText(value: unknown): string {
  if (typeof value !== "string") return "";
  return isStable(value) ? value : value.normalize("NFKC").replace(/\s+/gu, "");
}

/**
 * Whether NFKC and dropping whitespace leave a text as it is: every character printable ASCII
 * (not the space), a CJK unified ideograph (U+4E00–U+9FFF) or common Chinese punctuation that NFKC
 * keeps (、。《》〈〉「」『』【】 ‘’“” — ·; not the full-width forms such as （）：，, which it maps).
 * None of these is a combining character, so no two of them compose. Most item, material, fee
 * and law names qualify, and the scan costs a fraction of ICU normalisation, which conformance
 * otherwise runs on every compared name.
 */
// Stryker disable next-line BlockStatement: equivalent: an empty body answers undefined ("not stable"), and NFKC then gives the same text
function isStable(text: string): boolean {
  // Stryker disable next-line UpdateOperator: equivalent: counting down reads index -1 (NaN), which no class takes, so the text goes through NFKC, same result
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff)) continue;
    if (c === 0x3001 || c === 0x3002 || (c >= 0x3008 && c <= 0x3011) || c === 0x2014 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0xb7) continue;
    return false;
  }
  // Stryker disable next-line BooleanLiteral: equivalent: "not stable" for a stable text only sends it through NFKC, which keeps it as it is
  return true;
}

/** A law name without book-title marks: 《中华人民共和国行政许可法》 and 中华人民共和国行政许可法 name the same law. */
export function normalizeLawName(value: unknown): string {
  return normalizeText(value).replace(/[《》〈〉<>]/gu, "");
}

/** The key of a legal citation: normalised law name and article (文号 and text are not compared). */
export function citationKey(citation: Data): string {
  return `${normalizeLawName(citation.lawName)}|${normalizeText(citation.article)}`;
}

/**
 * A citation as people write it: law name and article. One with neither is named by the fields it holds
 * (`{}`, `{documentNumber}`), so a finding never reads "added none" while naming a citation.
 */
export function citationLabel(citation: Data): string {
  const label = `${String(citation.lawName ?? "")}${citation.article ? String(citation.article) : ""}`;
  if (label !== "") return label;
  const keys = Object.keys(citation);
  return `{${keys.slice(0, 4).join(", ")}${keys.length > 4 ? ", …" : ""}}`;
}
