/**
 * Import of 办事指南 text (see guide-records.ts) into the newest major: each guide's sections are read
 * like a one-item sheet whose headers are the guide's headings (so 法定期限 "1个工作日", 办件类型, 收费标准,
 * the 实施依据 citation parser … work as for spreadsheets), its structured materials become the item's
 * materials, and a heading with no element is kept under `extensions` and reported once. The catalogue is
 * checked in draft mode: the elements a guide does not give are info, the faults it has are errors.
 */
import type { Locale } from "../i18n/locale.js";
import { wordedError } from "../i18n/localized-error.js";
import { pointer } from "../internal/json-pointer.js";
import { migrate } from "../migrate/migrate.js";
import { buildReport, type Issue } from "../report/issue.js";
import { latestMajor, majorOfDocument } from "../schema/majors.js";
import { catalogueFromRows, type SpreadsheetImportOptions, type SpreadsheetImportResult } from "../spreadsheet/catalogue-from-rows.js";
import { ImportIssues } from "../spreadsheet/import-issues.js";
import { sheetFromRecords } from "../spreadsheet/json-records.js";
import type { Data } from "../spreadsheet/read-record.js";
import { validate } from "../validate/validate.js";
import { guideRecords, type GuideRecord } from "./guide-records.js";

/** Options of a guide import: the spreadsheet import's header options. */
export type GuideImportOptions = Omit<SpreadsheetImportOptions, "sheet" | "sheetMappings" | "skipValidation" | "kind">;

/** Guide headings that name an element by another word than its title, → the element's property path. */
const HEADINGS: Readonly<Record<string, string>> = {
  法定期限: "timeLimit/statutory/value",
  承诺时限: "timeLimit/promised/value",
  实施层级: "level",
  实施依据: "legalBasis",
  咨询服务: "consultation",
  收费标准: "fees/charged",
};

/** Headings whose elements only the newest major holds, each read into its place after the sheet import. */
const NEWEST: Readonly<Record<string, (item: Data, text: string) => void>> = {
  实施内容: (item, text) => (item.exerciseContent = text),
  承办机构: (item, text) => (item.undertakingAgency = { name: text }),
  共同实施部门: (item, text) => (item.jointAgencies = text.split(/[、，,；;\n]/).map((s) => s.trim()).filter(Boolean).map((name) => ({ name }))),
  // A guide's 事项类别 (社会保障类 …) is a topic, not the 事项类型 code that its title names in item lists.
  事项类别: (item, text) => (item.topics = { local: [text] }),
};

/** 实施依据 is the basis the guide implements the item under: v2's 实施依据, not its 设定依据 (which a guide does not give). */
function moveBasis(item: Data): void {
  if (!Array.isArray(item.legalBasis)) return;
  item.implementationBasis = item.legalBasis;
  delete item.legalBasis;
}

/** A guide's structured material as an element: name, necessity and note; its other fields stay beside it. */
function materialOf(row: Record<string, unknown>): { material: Data; rest: Data } {
  const { name, required, memo, ...rest } = row;
  const material: Data = {};
  if (typeof name === "string" && name.trim() !== "") material.name = name.trim();
  if (typeof required === "boolean") material.necessity = required ? "required" : "optional";
  if (typeof memo === "string" && memo.trim() !== "") material.note = memo.trim();
  return { material, rest };
}

/** One guide as a one-item import. */
function importOne(guide: GuideRecord, options: GuideImportOptions) {
  const row: Data = {};
  for (const [heading, text] of Object.entries(guide.sections)) if (!NEWEST[heading]) row[heading] = text;
  return catalogueFromRows([sheetFromRecords([row])], { ...options, kind: "implementation", sheetMappings: { items: HEADINGS }, skipValidation: true });
}

/**
 * Imports a guide list as an implementation catalogue in the newest major; throws a TypeError when the
 * document holds no guides.
 */
export function importGuide(document: unknown, options: GuideImportOptions = {}): SpreadsheetImportResult {
  const locale: Locale = options.locale ?? "zh-CN";
  const guides = guideRecords(document);
  if (!guides) throw wordedError(TypeError, "error.guide.not-guides", {}, locale);
  const issues: Issue[] = [];
  const items: Data[] = [];
  let header: Data | undefined;
  const kept = new Map<string, number>();
  guides.forEach((guide, index) => {
    const { catalogue, report } = importOne(guide, options);
    header ??= catalogue as unknown as Data;
    const item = (catalogue.items[0] ?? {}) as Data;
    for (const [heading, text] of Object.entries(guide.sections)) NEWEST[heading]?.(item, text);
    const materials = guide.materials.map(materialOf);
    item.materials = materials.map((m) => m.material);
    const rests = materials.map((m) => m.rest);
    const extensions: Data = { ...(item.extensions as Data | undefined) };
    if (rests.some((r) => Object.keys(r).length > 0)) extensions.申请材料 = rests;
    for (const [key, value] of Object.entries(guide.fields)) if (key !== "name" || value !== item.name) extensions[key] = value;
    for (const key of Object.keys(extensions)) kept.set(key, (kept.get(key) ?? 0) + 1);
    if (Object.keys(extensions).length > 0) item.extensions = extensions;
    items.push(item);
    // Column findings name the guide (its place in the list) rather than a sheet row.
    for (const issue of report.issues) {
      if (issue.rule === "column-extension" || issue.rule === "column-missing") continue;
      const path = issue.path.startsWith("/items/0") ? pointer("/items", index) + issue.path.slice("/items/0".length) : issue.path;
      const { column: _c, sheet: _s, ...rest } = issue;
      issues.push({ ...rest, path, line: index + 1 });
    }
  });
  const keptIssues = new ImportIssues(locale, options.file);
  for (const [heading, count] of kept) keptIssues.add("column-extension", "", { sheet: "指南" }, { header: heading, count });
  for (const item of items) moveBasis(item);
  const whole = { ...(header ?? { kind: "implementation" }), items };
  const major = majorOfDocument(whole);
  const catalogue = (major && major !== latestMajor ? migrate(whole, { from: major.id, to: latestMajor.id }) : whole) as SpreadsheetImportResult["catalogue"];
  // A guide is content for the public, never a whole record: what it lacks is info (draft), its unreadable cells and faults are errors.
  const findings = validate(catalogue, { locale, draft: true }).issues;
  return { catalogue, report: buildReport([...dedupe(issues), ...keptIssues.issues, ...findings], items.length) };
}

/** Drops repeated findings (a header finding every guide's import gave). */
function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify(i);
    return !seen.has(key) && (seen.add(key), true);
  });
}
