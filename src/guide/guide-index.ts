/**
 * A guide portal's index (the 广安区 dataset): departments → groups (主项) → items, each a name and a
 * portal link whose `itemCode` carries the local composite code 地方基本编码-区划-000-机构代码-1-00 (or, for
 * a few items, 地方基本编码-机构代码). An index has no guide content, so it imports as a draft: the agency
 * and its credit code, the 地方基本编码 and 主项名称 are read, the rest is what the index lacks.
 */
import type { Locale } from "../i18n/locale.js";
import { wordedError } from "../i18n/localized-error.js";
import { migrate } from "../migrate/migrate.js";
import { buildReport } from "../report/issue.js";
import { latestMajor, majorOfDocument } from "../schema/majors.js";
import { catalogueFromRows, type SpreadsheetImportResult } from "../spreadsheet/catalogue-from-rows.js";
import { isRecord } from "../spreadsheet/json-records.js";
import type { Data } from "../spreadsheet/read-record.js";
import { validate } from "../validate/validate.js";
import type { GuideImportOptions } from "./import-guide.js";

/** The group name an index gives items that belong to no 主项. */
const UNGROUPED = "未分类";

/** The departments of an index, or undefined when the document is not one. */
export function guideIndexDepartments(document: unknown): Data[] | undefined {
  if (!Array.isArray(document) || document.length === 0) return undefined;
  const ok = document.every((d) => isRecord(d) && typeof d.department === "string" && Array.isArray(d.items));
  return ok ? (document as Data[]) : undefined;
}

/** The JSON array a published index script holds (`const bszlData = [...]`), or undefined. */
export function guideIndexFromScript(text: string): unknown {
  const start = text.indexOf("["), end = text.lastIndexOf("]");
  if (start < 0 || end < start) return undefined;
  try {
    return JSON.parse(text.slice(start, end + 1)) as unknown;
  } catch {
    return undefined;
  }
}

/** One item of the index from its name, link, group and department. */
function itemOf(sub: Data, group: Data, department: string): Data {
  const item: Data = { name: String(sub.name ?? "").trim(), agency: { name: department } };
  const extensions: Data = { ...sub };
  delete extensions.name;
  let itemCode: string | null = null;
  try {
    itemCode = new URL(String(sub.link)).searchParams.get("itemCode");
  } catch {
    // a link that is no URL stays under extensions as it is
  }
  const parts = itemCode ? (/^(.+)-\d{12}-000-(.+)-\d-\d{2}$/.exec(itemCode) ?? /^(.+)-([^-]+)$/.exec(itemCode)) : null;
  if (parts) {
    item.localBasicCode = parts[1];
    item.agency.creditCode = parts[2];
  }
  const main = String(group.main_item ?? "");
  if (main !== "" && main !== UNGROUPED) item.mainItemName = main;
  else if (main !== "") extensions.主项 = main;
  if (Object.keys(extensions).length > 0) item.extensions = extensions;
  return item;
}

/**
 * Imports a guide index (the parsed array of departments) as an implementation catalogue in the newest
 * major, validated in draft mode; throws a TypeError when the document is not an index.
 */
export function importGuideIndex(document: unknown, options: GuideImportOptions = {}): SpreadsheetImportResult {
  const locale: Locale = options.locale ?? "zh-CN";
  const departments = guideIndexDepartments(document);
  if (!departments) throw wordedError(TypeError, "error.guide.not-index", {}, locale);
  const items = departments.flatMap((d) =>
    (d.items as unknown[]).filter(isRecord).flatMap((group) =>
      (Array.isArray(group.sub_items) ? group.sub_items.filter(isRecord) : []).map((sub) => itemOf(sub, group, d.department as string))));
  // The header (region, level, publisher) as the spreadsheet import reads it from the options.
  const { catalogue: headerOnly, report } = catalogueFromRows([], { ...options, kind: "implementation", skipValidation: true });
  const whole = { ...(headerOnly as unknown as Data), items };
  const major = majorOfDocument(whole);
  const catalogue = (major && major !== latestMajor ? migrate(whole, { from: major.id, to: latestMajor.id }) : whole) as SpreadsheetImportResult["catalogue"];
  const headerIssues = report.issues.filter((i) => !i.path.startsWith("/items") && i.rule !== "column-missing" && i.rule !== "sheet-missing");
  return { catalogue, report: buildReport([...headerIssues, ...validate(catalogue, { locale, draft: true }).issues], items.length) };
}
