/** Tells the sheets of a workbook apart by name: 目录信息, 事项, 申请材料 …, or the one sheet there is. */
import type { CatalogueKind } from "../rules/item-kind.js";
import { CODE_LIST_SHEET, sheetSpecs, type SheetRole, type SheetSpec } from "./columns.js";
import type { ImportIssues } from "./import-issues.js";
import { normalizeLabel } from "./labels.js";
import type { SheetData } from "./sheet-data.js";
import { normalizeHeader } from "./table.js";

/** The sheets found for each role. */
export type SheetsByRole = Map<SheetRole, { sheet: SheetData; spec: SheetSpec }>;

const specOfName = (name: string) =>
  sheetSpecs.find((s) => [s.name, ...s.aliases].some((n) => normalizeLabel(n) === normalizeLabel(name)));

/**
 * Assigns sheets to roles. `itemsSheet` names the items sheet explicitly; otherwise a workbook whose
 * only unrecognised sheet holds the items (a plain one-sheet export) is read that way.
 */
export function classifySheets(sheets: readonly SheetData[], issues: ImportIssues, itemsSheet?: string): SheetsByRole {
  const byRole: SheetsByRole = new Map();
  const items = sheetSpecs.find((s) => s.role === "items")!;
  const unknown: SheetData[] = [];
  for (const sheet of sheets) {
    if (sheet.name === CODE_LIST_SHEET) continue;
    if (itemsSheet !== undefined && sheet.name === itemsSheet) {
      byRole.set("items", { sheet, spec: items });
      continue;
    }
    const spec = specOfName(sheet.name);
    if (spec && !(itemsSheet !== undefined && spec.role === "items") && !byRole.has(spec.role)) byRole.set(spec.role, { sheet, spec });
    else unknown.push(sheet);
  }
  if (!byRole.has("items") && itemsSheet === undefined && unknown.length === 1) byRole.set("items", { sheet: unknown.pop()!, spec: items });
  if (!byRole.has("items")) issues.add("sheet-missing", "/items", { sheet: itemsSheet ?? items.name }, { names: sheets.map((s) => s.name).join("、") });
  for (const sheet of unknown) if (sheet.rows.some((r) => r?.length)) issues.add("sheet-unknown", "", { sheet: sheet.name, ...(sheet.file ? { file: sheet.file } : {}) });
  return byRole;
}

/** The catalogue kind the items sheet's headers imply: 实施编码 → implementation, service elements → standard, else basic. */
export function inferKind(sheet: SheetData | undefined): CatalogueKind {
  const headers = new Set((sheet?.rows.slice(0, 10) ?? []).flatMap((row) => (row ?? []).map(normalizeHeader)));
  if (headers.has("实施编码")) return "implementation";
  if (["承诺办结时限", "服务对象", "受理条件", "办件类型"].some((h) => headers.has(h))) return "standard";
  return "basic";
}
