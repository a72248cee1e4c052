/** Normal forms used to compare names across levels, so that typography is not a deviation. */
import type { Data } from "../rules/rule.js";

/**
 * Folds full-width forms to half-width (NFKC: "（" → "(", "Ａ" → "A") and drops all whitespace,
 * including the ideographic space, which NFKC turns into a plain space first.
 */
export function normalizeText(value: unknown): string {
  return typeof value === "string" ? value.normalize("NFKC").replace(/\s+/gu, "") : "";
}

/** A law name without book-title marks: 《中华人民共和国行政许可法》 and 中华人民共和国行政许可法 name the same law. */
export function normalizeLawName(value: unknown): string {
  return normalizeText(value).replace(/[《》〈〉<>]/gu, "");
}

/** The key of a legal citation: normalised law name and article (文号 and text are not compared). */
export function citationKey(citation: Data): string {
  return `${normalizeLawName(citation.lawName)}|${normalizeText(citation.article)}`;
}

/** A citation as people write it: law name and article. */
export function citationLabel(citation: Data): string {
  return `${String(citation.lawName ?? "")}${citation.article ? String(citation.article) : ""}`;
}
