/** Anchored text edits for the new-version script: each either applies or becomes a manual step to print. */
import fs from "node:fs";

/** One edit of a source file: replace the first match of `find`, or tell the maintainer what to do. */
export interface TextEdit {
  file: string;
  find: RegExp;
  replace: (match: string) => string;
  /** The manual instruction printed when the anchor is not found. */
  manual: string;
}

/** Applies the edits in order; returns the manual steps of those whose anchor was not found. */
export function applyEdits(edits: readonly TextEdit[]): string[] {
  const manual: string[] = [];
  for (const edit of edits) {
    const text = fs.existsSync(edit.file) ? fs.readFileSync(edit.file, "utf8") : "";
    const match = edit.find.exec(text);
    if (!match) {
      manual.push(edit.manual);
      continue;
    }
    fs.writeFileSync(edit.file, text.slice(0, match.index) + edit.replace(match[0]) + text.slice(match.index + match[0].length));
  }
  return manual;
}
