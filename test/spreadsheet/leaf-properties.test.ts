/**
 * Every leaf property of every major, walked from the schema (not a list): a catalogue that sets it
 * survives the xlsx and csv round trips (library, and once through the CLI), the catalogue diff labels
 * it by its Chinese title, and the generated reference documents it. A field added to a schema can
 * never again vanish silently on one of these paths.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { standardDocPath } from "../../scripts/docs/generate.js";
import { fieldLabel } from "../../src/schema/field-label.js";
import { diffCatalogues } from "../../src/diff/catalogue/diff-catalogues.js";
import type { CatalogueKind } from "../../src/rules/item-kind.js";
import { elementDocument, leafElements, type Element, type LeafElement } from "../../src/schema/elements.js";
import type { Major } from "../../src/schema/major.js";
import { majors } from "../../src/schema/majors.js";
import { catalogueFromRows } from "../../src/spreadsheet/catalogue-from-rows.js";
import { csvFromSheet, sheetFromCsv } from "../../src/spreadsheet/csv.js";
import { rowsFromCatalogue } from "../../src/spreadsheet/rows-from-catalogue.js";
import { exportXlsx } from "../../src/spreadsheet/workbook-export.js";
import { importWorkbook } from "../../src/spreadsheet/workbook-import.js";
import { CLI, ROOT } from "../helpers/cli.js";
import { cliIt } from "./cli-it.js";
import { scratchDir } from "../helpers/scratch.js";

type Data = Record<string, any>;
const KINDS: CatalogueKind[] = ["basic", "standard", "implementation"];
const scratch = scratchDir("zwfw-leaves-");

/** A value for a leaf that its spreadsheet cell can carry: a code of its set, a number, a date, CJK text … */
function valueFor(element: Element, at: string): unknown {
  const one = (): unknown => {
    if (element.codes) return element.codes[element.codes.length - 1];
    if (element.type === "boolean") return true;
    if (element.type === "integer") return 7;
    if (element.type === "number") return 12.5;
    if (element.type === "object") return { 地方字段: `值 ${at}` };
    if (element.format === "date") return "2024-03-05";
    // Leading zeros stress the code columns (a spreadsheet may take the cell for a number).
    if (element.pattern !== undefined) return `00${at.length}${"0123456789".repeat(4)}`.slice(0, 12);
    return `水利工程「${at}」`;
  };
  return element.array && element.type !== "object" ? [one(), element.codes ? element.codes[0] : `第二值 ${at}`] : one();
}

/** Sets every leaf under `elements` in a new record (lists of records get one full record). */
function fill(elements: readonly Element[], at: string): Data {
  const record: Data = {};
  for (const element of elements) {
    const here = `${at}/${element.key}`;
    if (element.children.length === 0) record[element.key] = valueFor(element, here);
    else record[element.key] = element.array ? [fill(element.children, `${here}/0`)] : fill(element.children, here);
  }
  return record;
}

/** A catalogue of `kind` whose header and one item set every leaf of the major. */
function fullCatalogue(major: Major, kind: CatalogueKind): Data {
  const header = fill(elementDocument(major, "catalogue").children.filter((e) => e.key !== "items" && e.key !== "kind"), "");
  const item = fill(elementDocument(major, `${kind}-item`).children, "/items/0");
  return { ...header, schemaVersion: major.schemaVersion, kind, items: [item] };
}

/** The JSON Pointer of a leaf in the full catalogue's first item (index 0 in every list). */
const pointerOf = (leaf: LeafElement) =>
  leaf.path.map((key, i) => (i < leaf.path.length - 1 && leaf.lists.some((l) => l.length === i + 1) ? `${key}/0` : key)).join("/");
const at = (doc: Data, pointer: string) => pointer.split("/").reduce<any>((node, key) => node?.[key], doc);

const viaXlsx = (doc: Data) => importWorkbook(exportXlsx(doc)).catalogue as Data;
const viaCsv = (doc: Data) => catalogueFromRows(rowsFromCatalogue(doc).map((s) => sheetFromCsv(csvFromSheet(s), s.name))).catalogue as Data;

describe.each(majors.map((m) => [m.id, m] as const))("every leaf property of %s", (id, major) => {
  describe.each(KINDS)("in a %s catalogue", (kind) => {
    const doc = fullCatalogue(major, kind);
    const leaves = leafElements(major, `${kind}-item`);
    const xlsx = viaXlsx(doc);
    const csv = viaCsv(doc);

    it("walks the schema: the catalogue sets every leaf, and the round trips give it back whole", () => {
      expect(leaves.length).toBeGreaterThan(kind === "basic" ? 8 : 40);
      for (const leaf of leaves) expect(at(doc.items[0], pointerOf(leaf)), pointerOf(leaf)).toBeDefined();
      expect(xlsx).toEqual(doc);
      expect(csv).toEqual(doc);
    });

    it.each(leaves.map((l) => [pointerOf(l), l] as const))("%s survives xlsx and csv, and the diff names it by its title", (pointer, leaf) => {
      const value = at(doc.items[0], pointer);
      expect(at(xlsx.items[0], pointer)).toEqual(value);
      expect(at(csv.items[0], pointer)).toEqual(value);
      const changed = structuredClone(doc);
      const parent = pointer.split("/").slice(0, -1).reduce<any>((node, key) => node[key], changed.items[0]);
      parent[leaf.path.at(-1)!] = typeof value === "string" ? `${value}（改）` : typeof value === "boolean" ? !value : typeof value === "number" ? value + 1 : null;
      const diff = diffCatalogues(doc, changed);
      // A changed key (基本编码, 实施编码 …) makes another item; any other leaf is a change of the item.
      if (diff.changed.length === 0) expect(diff.added.length, pointer).toBe(1);
      else expect(diff.changed[0]!.changes.some((c) => c.path === `/${pointer}` || `/${pointer}`.startsWith(`${c.path}/`)), pointer).toBe(true);
      expect(fieldLabel(`/${pointer}`, "zh-CN")).toBe(leaf.titles.join(" › "));
    });
  });

  cliIt("survives the xlsx round trip through the CLI (export, then import --schema)", () => {
    const dir = fs.mkdtempSync(path.join(scratch, `${id}-`));
    const doc = fullCatalogue(major, "implementation");
    fs.writeFileSync(path.join(dir, "in.json"), JSON.stringify(doc));
    const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: "utf8" });
    expect(run(["export", "in.json", "-o", "out.xlsx"]).status).toBe(0);
    run(["import", "out.xlsx", "-o", "back.json", "--schema", id, "--force"]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "back.json"), "utf8"))).toEqual(doc);
  });

  it("documents every leaf by its title in the generated reference", () => {
    const file = standardDocPath(major);
    const markdown = fs.readFileSync(path.join(ROOT, file), "utf8");
    for (const kind of KINDS) {
      for (const leaf of leafElements(major, `${kind}-item`)) expect(markdown, `${file}: ${leaf.titles.join(" › ")}`).toContain(`| ${leaf.element.title} | \`${leaf.element.key}\` |`);
    }
  });
});
