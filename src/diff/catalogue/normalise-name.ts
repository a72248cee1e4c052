/** Name normalisation for matching materials, fees and steps across batches. */
import { textOf } from "../../internal/shown.js";

/**
 * Folds the differences two publications of the same name commonly have: full-width forms (NFKC), white
 * space, book-title marks, quotes and brackets, and Latin case.
 */
export function normaliseName(name: unknown): string {
  return textOf(name ?? "")
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/[《》〈〉「」『』“”"'‘’()（）【】[\]]/g, "")
    .toLowerCase();
}
