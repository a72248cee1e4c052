/**
 * A report as the files a person or a pipeline keeps: JSON and Markdown, byte for byte what
 * `zwfw validate --report json|markdown` prints. Library code without Node built-ins, so the page and
 * any browser app render with it as the CLI does.
 */
export { renderJson as renderReportJson } from "./json.js";
export { renderMarkdown as renderReportMarkdown } from "./markdown.js";
