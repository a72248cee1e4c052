/** Reads the 目录信息 sheet: one key/value row per catalogue header field (区划代码, 层级, 发布机构 …). */
import { pointer } from "../internal/json-pointer.js";
import { INFO_HEADER, type Column } from "./columns.js";
import type { ImportIssues } from "./import-issues.js";
import { normalizeLabel } from "./labels.js";
import { parseValue } from "./parse-value.js";
import { readCell } from "./read-cell.js";
import { setPath, type Data } from "./read-record.js";
import type { SheetData } from "./sheet-data.js";
import type { SourceMap } from "./source-map.js";
import { normalizeHeader } from "./table.js";

/** The header fields the sheet gives, as a partial catalogue. */
export function readInfo(sheet: SheetData, infoColumns: readonly Column[], issues: ImportIssues, sources: SourceMap): Data {
  const header: Data = {};
  const file = sheet.file ? { file: sheet.file } : {};
  sheet.rows.forEach((cells, r) => {
    const key = normalizeHeader(cells?.[0]);
    const at = (column: string) => ({ sheet: sheet.name, row: r + 1, column, ...file });
    if (key === "") {
      // A value whose row names no field would otherwise vanish: reported at its cell, as unknown data is elsewhere.
      const value = readCell(cells?.[1]);
      if (value.cell.kind !== "empty" || value.problem) issues.add("info-key-unknown", "", at("B"), { header: "" });
      return;
    }
    if (key === normalizeLabel(INFO_HEADER[0])) return;
    const column = infoColumns.find((c) => [c.header, ...(c.aliases ?? [])].some((h) => normalizeLabel(h) === key));
    if (!column) {
      issues.add("info-key-unknown", "", at("A"), { header: key });
      return;
    }
    const path = pointer("", ...column.path);
    sources.set(path, at("B"));
    const { cell, problem, formula } = readCell(cells?.[1]);
    const params = { header: column.header };
    if (problem) return issues.add(problem.rule as "cell-unreadable", path, at("B"), { ...params, ...problem.params });
    if (cell.kind === "empty") return;
    if (formula !== undefined) issues.add("cell-formula", path, at("B"), { ...params, formula });
    const parsed = parseValue(cell, column.value);
    if (!parsed.ok) return issues.add(parsed.problem.rule as "cell-unreadable", path, at("B"), { ...params, ...parsed.problem.params });
    if (parsed.warning) issues.add(parsed.warning.rule as "cell-unreadable", path, at("B"), { ...params, ...parsed.warning.params });
    setPath(header, column.path, parsed.value);
  });
  return header;
}
