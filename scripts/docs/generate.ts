/** Node-only: the reference as it should be for a checkout (used by `npm run docs` and the staleness test). */
import type { Major } from "../../src/schema/major.js";
import { majors } from "../../src/schema/majors.js";
import { buildStandardDoc } from "./build-standard-doc.js";
import { loadDocInputs } from "./load-inputs.js";
import { renderStandardMarkdown } from "./render-markdown.js";

/** Where the reference is written, relative to the repository root. */
export const STANDARD_DOC = "docs/standard.md";

/** The Markdown reference generated from the checkout at `root` (of the first major, docs/standard.md). */
export function generateStandardDoc(root: string): string {
  return renderStandardMarkdown(buildStandardDoc(loadDocInputs(root)));
}

/** The reference of every later major beside it: docs/standard-<id>.md, generated from that major's schemas. */
export function laterStandardDocs(root: string): { file: string; major: Major; text: () => string }[] {
  return majors.slice(1).map((major) => ({
    file: `docs/standard-${major.id}.md`,
    major,
    text: () => renderStandardMarkdown(buildStandardDoc(loadDocInputs(root, major)), major.id),
  }));
}
