/**
 * The national exchange layout's column names (domain-standard §2.2: the basic, extension, material and
 * fee tables, and the AUDIT_ITEM_BYLAW citations provincial item APIs return), each naming the element
 * it fills by its property path inside its record. Import reads them as a header mapping; export writes
 * them back. A column without an element here is kept under `extensions` on import.
 */
import type { SheetRole, SheetSpec } from "../spreadsheet/columns.js";
import { layoutOf } from "../spreadsheet/layout.js";
import { majors } from "../schema/majors.js";

/**
 * The spreadsheet layout NATIONAL_COLUMNS are written against: the first major's (its paths, such as
 * timeLimit/note). Import reads with it and migrates to the newest major, which moves what was renamed;
 * what only newer majors hold goes through the national places (v2-places.ts) both ways.
 */
export const nationalLayoutMajor = (): string => majors[0]!.id;

/** The sheets of that layout. */
export const nationalSheets = (): readonly SheetSpec[] => layoutOf(majors[0]!).sheets;

/** National column → property path, per table (sheet role). The first column of a path is the one export writes. */
export const NATIONAL_COLUMNS: Readonly<Partial<Record<SheetRole, Readonly<Record<string, string>>>>> = {
  items: {
    task_code: "implementationCode",
    catalog_code: "basicCode",
    task_name: "name",
    task_type: "type",
    use_level: "levels",
    dept_name: "agency/name",
    dept_code: "agency/creditCode",
    dept_type: "agency/nature",
    task_handle_item: "handlingItemCode",
    ywcode: "handlingItemCode",
    accept_condition: "acceptanceConditions",
    accept_name: "acceptanceConditions",
    anticipate_day: "timeLimit/statutory/value",
    anticipate_type: "timeLimit/statutory/unit",
    promise_day: "timeLimit/promised/value",
    promise_type: "timeLimit/promised/unit",
    promise_explain: "timeLimit/note",
    promise_day_explain: "timeLimit/note",
    project_type: "handlingType",
    handle_type: "handlingForms",
    limit_scene_num: "visits",
    limit_scene_explain: "onsiteReason",
    scene_reason: "onsiteReason",
    is_fee: "fees/charged",
    server_type: "serviceObjects",
    serve_type: "serviceObjects",
    transact_addr: "location",
    transact_time: "hours",
    link_way: "consultation",
    supervise_way: "complaint",
    result_type: "result/type",
    result_name: "result/name",
  },
  materials: {
    material_name: "name",
    is_need: "necessity",
    material_format: "medium",
    material_form: "medium",
    material_type: "category",
    page_num: "copies",
    page_format: "paperSize",
    source_type: "source",
    fill_explain: "note",
    fill_explian: "note",
    by_law: "legalBasis",
  },
  fees: { fee_name: "name", fee_stand: "standard", by_law: "basis", is_desc: "waivable" },
  legalBasis: { law_name: "lawName", law_number: "docNumber", clause_number: "article", clause_content: "text" },
};

/** The columns that join the tables: the item's 实施编码, 业务办理项编码 and 基本编码. */
export const NATIONAL_KEYS: Readonly<Record<string, string>> = { task_code: "implementationCode", task_handle_item: "handlingItemCode", catalog_code: "basicCode" };

/** The column that carries an item's version; records of one item in several versions are imported one by one. */
export const VERSION_COLUMN = "task_version";

/** The record fields that hold a table's rows in the JSON form, and the AUDIT_* names of the record form. */
export const NATIONAL_TABLES: readonly { role: SheetRole; field: string; audit: string }[] = [
  { role: "materials", field: "materials", audit: "AUDIT_MATERIAL" },
  { role: "fees", field: "fees", audit: "AUDIT_CHARGE" },
  { role: "legalBasis", field: "by_laws", audit: "AUDIT_ITEM_BYLAW" },
  { role: "process", field: "process", audit: "AUDIT_ITEM_PROCESS" },
];
