/** Name normalisation for matching materials, fees and steps across batches. */

/**
 * Folds the differences two publications of the same name commonly have: full-width forms (NFKC), white
 * space, book-title marks, quotes and brackets, and Latin case.
 */
export function normaliseName(name: unknown): string {
  return String(name ?? "")
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .replace(/[《》〈〉「」『』“”"'‘’()（）【】[\]]/g, "")
    .toLowerCase();
}
