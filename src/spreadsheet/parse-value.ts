/** Parses a plain cell as the value its column holds (a code, a day count, 是/否 …). */
import { timeUnits } from "../codes/code-sets.js";
import type { ValueType } from "./columns.js";
import type { CodeSet } from "../codes/code-set.js";
import { readCode } from "../crosswalks/read-code.js";
import { booleanOf, codeOfLabel, onlineDepthOf, splitList } from "./labels.js";
import type { CellProblem, PlainCell } from "./read-cell.js";

/** A code a crosswalk translated: the value as typed, the code it became, and the crosswalk's id. */
export interface Translation {
  from: string;
  to: string;
  crosswalk: string;
}

/** A parsed value (with the unit a day-count cell carried, and a warning when a conversion was made), or a problem. */
export type Parsed =
  | { ok: true; value: unknown; unit?: string; warning?: CellProblem; translations?: Translation[] }
  | { ok: false; problem: CellProblem };

/** A coded value read with the crosswalks: its code and translation, the warning of a reading other tables dispute, or a problem. */
function readCoded(set: CodeSet<string>, input: string, crosswalks: readonly string[]): { code: string; translation?: Translation; warning?: CellProblem } | CellProblem {
  const reading = readCode(set, input, crosswalks);
  if (!reading) return { rule: "cell-unreadable", params: { value: input, expected: "enum", allowed: set.entries.map((e) => e.zh).join("、") } };
  const ids = reading.alternatives.map((c) => c.id).join(", ");
  if (reading.code === undefined) return { rule: "code-ambiguous", params: { value: input, crosswalks: ids } };
  return {
    code: reading.code,
    ...(reading.crosswalk ? { translation: { from: input, to: reading.code, crosswalk: reading.crosswalk.id } } : {}),
    ...(reading.alternatives.length > 0 ? { warning: { rule: "code-ambiguous-standard", params: { value: input, crosswalks: ids } } } : {}),
  };
}

const fail = (value: string, expected: string, allowed = ""): Parsed => ({ ok: false, problem: { rule: "cell-unreadable", params: { value, expected, allowed } } });
const tight = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

/** The text of a text or number cell (what was typed), for parsing and for messages. */
function typed(cell: PlainCell): string {
  if (cell.kind === "text") return cell.text;
  if (cell.kind === "number" || cell.kind === "boolean") return String(cell.value);
  return "";
}

/** YYYY-MM-DD of a date cell; exceljs hands dates over as UTC instants. */
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Parses a non-empty cell as `type`; coded cells also read through the crosswalks (`crosswalks` names the ones to prefer). */
export function parseValue(cell: PlainCell, type: ValueType, crosswalks: readonly string[] = []): Parsed {
  if (cell.kind === "date" && type.type !== "date") return { ok: false, problem: { rule: "cell-date", params: { value: isoDate(cell.value) } } };
  const input = typed(cell);
  switch (type.type) {
    case "text":
      if (cell.kind === "boolean") return fail(input, "text");
      return { ok: true, value: input };
    case "code": {
      if (cell.kind !== "number") return { ok: true, value: tight(input) };
      // Excel turns 000123018000 into 123018000; a fixed width puts the zeros back.
      const digits = String(cell.value);
      if (!Number.isSafeInteger(cell.value) || cell.value < 0) return { ok: false, problem: { rule: "cell-number-as-code", params: { value: digits } } };
      const value = type.digits && digits.length < type.digits ? digits.padStart(type.digits, "0") : digits;
      return { ok: true, value, warning: { rule: "cell-code-stored-as-number", params: { value: digits, code: value } } };
    }
    case "enum":
    case "enums": {
      const codes: string[] = [];
      const translations: Translation[] = [];
      let warning: CellProblem | undefined;
      for (const part of type.type === "enum" ? [input] : splitList(input)) {
        const read = readCoded(type.set, part, crosswalks);
        if (!("code" in read)) return { ok: false, problem: read };
        codes.push(read.code);
        if (read.translation) translations.push(read.translation);
        warning ??= read.warning;
      }
      return { ok: true, value: type.type === "enum" ? codes[0] : codes, ...(warning ? { warning } : {}), ...(translations.length ? { translations } : {}) };
    }
    case "onlineDepth": {
      const depth = onlineDepthOf(input);
      return depth === undefined ? fail(input, "onlineDepth") : { ok: true, value: depth };
    }
    case "count": {
      const m = /^(\d+)(次|份|件|个)?$/.exec(tight(input));
      return m ? { ok: true, value: Number(m[1]) } : fail(input, "count");
    }
    case "days": {
      const m = /^(\d+)(?:个)?(工作日|自然日|日历日)?$/.exec(tight(input));
      if (!m) return fail(input, "days");
      return { ok: true, value: Number(m[1]), ...(m[2] ? { unit: codeOfLabel(timeUnits, m[2]) } : {}) };
    }
    case "unit": {
      const read = readCoded(timeUnits, input, crosswalks);
      if (!("code" in read)) return read.rule === "code-ambiguous" ? { ok: false, problem: read } : fail(input, "unit");
      return { ok: true, value: read.code, ...(read.warning ? { warning: read.warning } : {}), ...(read.translation ? { translations: [read.translation] } : {}) };
    }
    case "boolean": {
      const value = cell.kind === "boolean" ? cell.value : booleanOf(input);
      return value === undefined ? fail(input, "boolean") : { ok: true, value };
    }
    case "number": {
      if (cell.kind === "number") return { ok: true, value: cell.value };
      const m = /^(\d+(?:\.\d+)?)元?$/.exec(tight(input));
      return m ? { ok: true, value: Number(m[1]) } : fail(input, "number");
    }
    case "date": {
      if (cell.kind === "date") return { ok: true, value: isoDate(cell.value) };
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(tight(input));
      return m ? { ok: true, value: `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` } : fail(input, "date");
    }
    case "list": {
      // One value per line; a one-line cell splits on the separators people type (、 , ;).
      const values = input.includes("\n") ? input.split(/\r?\n/).map((s) => s.trim()).filter(Boolean) : splitList(input);
      return { ok: true, value: values };
    }
    case "json": {
      try {
        const value: unknown = JSON.parse(input);
        if (typeof value === "object" && value !== null && !Array.isArray(value)) return { ok: true, value };
      } catch {
        // reported below
      }
      return fail(input.slice(0, 80), "json");
    }
  }
}
