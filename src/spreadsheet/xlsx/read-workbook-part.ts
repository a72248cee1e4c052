/** The workbook part of an .xlsx: its worksheets (name, part), the shared strings and styles parts, the date system. */
import { parsePart } from "./xml-part.js";
import { xlsxError } from "./xlsx-error.js";
import type { ZipArchive } from "./zip-reader.js";

/** Where a workbook's parts are. */
export interface WorkbookParts {
  sheets: { name: string; part: string }[];
  sharedStrings?: string;
  styles?: string;
  /** Dates count from 1904-01-01 (old Mac Excel) instead of 1899-12-30. */
  date1904: boolean;
}

/** Resolves a relationship target against the folder of the part that names it. */
function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

/** The relationships of a part: id → { type, target part }. */
function relationships(zip: ZipArchive, part: string): Map<string, { type: string; target: string }> {
  const folder = part.split("/").slice(0, -1).join("/");
  const relsPart = `${folder ? folder + "/" : ""}_rels/${part.split("/").pop()}.rels`;
  const rels = new Map<string, { type: string; target: string }>();
  parsePart(zip, relsPart, {
    open(name, a) {
      if (name === "Relationship" && a.Id && a.Target && a.TargetMode !== "External") rels.set(a.Id, { type: a.Type ?? "", target: resolve(part, a.Target) });
    },
  });
  return rels;
}

const isType = (type: string, kind: string) => type.endsWith(`/${kind}`);

/** Reads the workbook part and its relationships. */
export function readWorkbookParts(zip: ZipArchive): WorkbookParts {
  const root = [...relationships(zip, "").values()].find((r) => isType(r.type, "officeDocument"));
  const workbook = root?.target ?? "xl/workbook.xml";
  // Stryker disable next-line ArrayDeclaration: an entry that is no sheet has no id a relationship carries, so it names no sheet
  const listed: { name: string; id: string }[] = [];
  let date1904 = false;
  const found = parsePart(zip, workbook, {
    open(name, a) {
      if (name === "sheet" && a.name !== undefined) listed.push({ name: a.name, id: a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "" });
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
    },
  });
  if (!found) throw xlsxError("error.xlsx.no-workbook");
  const rels = relationships(zip, workbook);
  const sheets = listed.flatMap(({ name, id }) => {
    const rel = rels.get(id);
    return rel && isType(rel.type, "worksheet") ? [{ name, part: rel.target }] : [];
  });
  const partOf = (kind: string) => [...rels.values()].find((r) => isType(r.type, kind))?.target;
  return { sheets, sharedStrings: partOf("sharedStrings"), styles: partOf("styles"), date1904 };
}
