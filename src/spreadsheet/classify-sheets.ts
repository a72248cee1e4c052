/** Tells the sheets of a workbook apart by name: 目录信息, 事项, 申请材料 …, or the one sheet there is. */
import type { CatalogueKind } from "../rules/item-kind.js";
import { appliesTo, CODE_LIST_SHEET, type Column, type SheetRole, type SheetSpec } from "./columns.js";
import type { ImportIssues } from "./import-issues.js";
import { normalizeLabel } from "./labels.js";
import type { SheetData } from "./sheet-data.js";
import { normalizeHeader } from "./table.js";

/** The sheets found for each role. */
export type SheetsByRole = Map<SheetRole, { sheet: SheetData; spec: SheetSpec }>;

const specOfName = (sheetSpecs: readonly SheetSpec[], name: string) =>
  sheetSpecs.find((s) => [s.name, ...s.aliases].some((n) => normalizeLabel(n) === normalizeLabel(name)));

/**
 * Assigns sheets to roles. `itemsSheet` names the items sheet explicitly; otherwise a workbook whose
 * only unrecognised sheet holds the items (a plain one-sheet export) is read that way.
 */
export function classifySheets(sheets: readonly SheetData[], sheetSpecs: readonly SheetSpec[], issues: ImportIssues, itemsSheet?: string): SheetsByRole {
  const byRole: SheetsByRole = new Map();
  const items = sheetSpecs.find((s) => s.role === "items")!;
  const unknown: SheetData[] = [];
  for (const sheet of sheets) {
    if (sheet.name === CODE_LIST_SHEET) continue;
    if (itemsSheet !== undefined && sheet.name === itemsSheet) {
      byRole.set("items", { sheet, spec: items });
      continue;
    }
    const spec = specOfName(sheetSpecs, sheet.name);
    if (spec && !(itemsSheet !== undefined && spec.role === "items") && !byRole.has(spec.role)) byRole.set(spec.role, { sheet, spec });
    else unknown.push(sheet);
  }
  if (!byRole.has("items") && itemsSheet === undefined && unknown.length === 1) byRole.set("items", { sheet: unknown.pop()!, spec: items });
  if (!byRole.has("items")) issues.add("sheet-missing", "/items", { sheet: itemsSheet ?? items.name }, { names: sheets.map((s) => s.name).join("、") });
  for (const sheet of unknown) if (sheet.rows.some((r) => r?.length)) issues.add("sheet-unknown", "", { sheet: sheet.name, ...(sheet.file ? { file: sheet.file } : {}) });
  return byRole;
}

/**
 * The catalogue kind the items sheet's headers imply: the key only implementation items have
 * (实施编码) → implementation; a required service element (承诺办结时限, 服务对象 …) → standard; else basic.
 * Other implementation columns do not count: real basic catalogues label 行使层级 as 实施层级.
 */
export function inferKind(sheet: SheetData | undefined, itemColumns: readonly Column[], keyColumns: readonly Column[]): CatalogueKind {
  const headers = new Set((sheet?.rows.slice(0, 10) ?? []).flatMap((row) => (row ?? []).map(normalizeHeader)));
  const has = (c: Column) => headers.has(normalizeLabel(c.header));
  // Stryker disable next-line StringLiteral: with both majors' layouts no key column applies to standard and not to "" (their kinds are none, or implementation only)
  if (keyColumns.some((c) => !appliesTo(c, "standard") && has(c))) return "implementation";
  if (itemColumns.some((c) => c.required && !appliesTo(c, "basic") && appliesTo(c, "standard") && has(c))) return "standard";
  return "basic";
}
