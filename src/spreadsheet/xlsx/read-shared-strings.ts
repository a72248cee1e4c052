/**
 * The shared strings part, keeping only the strings that kept rows use: a workbook with millions of
 * unused shared strings costs time to scan, not memory. Phonetic runs (<rPh>, furigana) are not text.
 */
import { unescapeCellText } from "./xml-text.js";
import { parsePart } from "./xml-part.js";
import { xlsxError } from "./xlsx-error.js";
import { StopReading, type ZipArchive } from "./zip-reader.js";

/** Reads the strings at the `used` indexes; stops once all are found. */
export function readSharedStrings(zip: ZipArchive, part: string | undefined, used: Set<number>, maxCellChars: number): Map<number, string> {
  const strings = new Map<number, string>();
  if (!part || used.size === 0) return strings;
  let index = -1;
  let keep = false;
  // Stryker disable next-line StringLiteral: every <si> starts its text afresh before any is kept
  let text = "";
  let capture = false;
  let phonetic = 0;
  parsePart(zip, part, {
    open(name) {
      if (name === "si") {
        index++;
        keep = used.has(index);
        text = "";
      } else if (name === "t" && keep && phonetic === 0) capture = true;
      else if (name === "rPh") phonetic++;
    },
    text(chunk) {
      if (!capture) return;
      if (text.length + chunk.length > maxCellChars) throw xlsxError("error.xlsx.string-too-long", { index, max: maxCellChars });
      text += chunk;
    },
    close(name) {
      if (name === "t") capture = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && keep) {
        strings.set(index, unescapeCellText(text));
        if (strings.size === used.size) throw new StopReading();
      }
    },
  });
  return strings;
}
