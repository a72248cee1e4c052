/** Parses a plain cell as the value its column holds (a code, a day count, 是/否 …). */
import { timeUnits } from "../codes/code-sets.js";
import type { ValueType } from "./columns.js";
import { booleanOf, codeOfLabel, onlineDepthOf, splitList } from "./labels.js";
import type { CellProblem, PlainCell } from "./read-cell.js";

/** A parsed value (with the unit a day-count cell carried, and a warning when a conversion was made), or a problem. */
export type Parsed =
  | { ok: true; value: unknown; unit?: string; warning?: CellProblem }
  | { ok: false; problem: CellProblem };

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

/** Parses a non-empty cell as `type`. */
export function parseValue(cell: PlainCell, type: ValueType): Parsed {
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
    case "enum": {
      const code = codeOfLabel(type.set, input);
      return code === undefined ? fail(input, "enum", type.set.entries.map((e) => e.zh).join("、")) : { ok: true, value: code };
    }
    case "enums": {
      const codes: string[] = [];
      for (const part of splitList(input)) {
        const code = codeOfLabel(type.set, part);
        if (code === undefined) return fail(part, "enum", type.set.entries.map((e) => e.zh).join("、"));
        codes.push(code);
      }
      return { ok: true, value: codes };
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
      const code = codeOfLabel(timeUnits, input);
      return code === undefined ? fail(input, "unit") : { ok: true, value: code };
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
