/** Node-only: the references as they should be for a checkout (used by `npm run docs` and the staleness test). */
import type { Major } from "../../src/schema/major.js";
import { latestMajor, majors } from "../../src/schema/majors.js";
import { buildStandardDoc } from "../../src/docs/build-standard-doc.js";
import { loadDocInputs } from "./load-inputs.js";
import { renderStandardMarkdown } from "../../src/docs/render-markdown.js";

/** Where the latest major's reference is written, relative to the repository root. */
export const STANDARD_DOC = "docs/standard.md";

/** Where a major's reference is written: the latest at docs/standard.md, older ones at docs/standard-<major>.md. */
export const standardDocPath = (major: Major): string => (major === latestMajor ? STANDARD_DOC : `docs/standard-${major.id}.md`);

/** The Markdown reference of `major` (the latest by default) generated from the checkout at `root`. */
export function generateStandardDoc(root: string, major: Major = latestMajor): string {
  return renderStandardMarkdown(buildStandardDoc(loadDocInputs(root, major)));
}

/** Every major's reference: path relative to the root, and content. */
export function generateStandardDocs(root: string): { file: string; content: string }[] {
  return majors.map((major) => ({ file: standardDocPath(major), content: generateStandardDoc(root, major) }));
}
