/** Node-only: the reference as it should be for a checkout (used by `npm run docs` and the staleness test). */
import { buildStandardDoc } from "./build-standard-doc.js";
import { loadDocInputs } from "./load-inputs.js";
import { renderStandardMarkdown } from "./render-markdown.js";

/** Where the reference is written, relative to the repository root. */
export const STANDARD_DOC = "docs/standard.md";

/** The Markdown reference generated from the checkout at `root`. */
export function generateStandardDoc(root: string): string {
  return renderStandardMarkdown(buildStandardDoc(loadDocInputs(root)));
}
