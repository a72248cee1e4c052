/** 实施编码 (31) and 业务办理项编码 (33): agency credit code + level + basic code (+ 2-digit sequence). */
import type { LevelCode } from "../schema/types.js";
import { parseCreditCode } from "./credit-code.js";

/** A parsed implementation or handling-item code. */
export interface ParsedImplementationCode {
  valid: boolean;
  reason?: "format" | "credit-code";
  code: string;
  creditCode?: string;
  level?: LevelCode;
  basicCode?: string;
  /** The 31-character implementation code (the code itself, or the prefix of a 33-character one). */
  implementationCode?: string;
  /** The 2-digit handling-item sequence of a 33-character code. */
  handlingItem?: string;
}

/** Parses a 31-character implementation code or a 33-character handling-item code, checking the credit code. */
export function parseImplementationCode(code: string): ParsedImplementationCode {
  const m = /^([0-9A-HJ-NPQRTUWXY]{18})([1-6])(\d{12})(\d{2})?$/.exec(code);
  if (!m) return { valid: false, reason: "format", code };
  const parts = {
    code,
    creditCode: m[1]!,
    level: m[2] as LevelCode,
    basicCode: m[3]!,
    implementationCode: code.slice(0, 31),
    ...(m[4] ? { handlingItem: m[4] } : {}),
  };
  return parseCreditCode(parts.creditCode).valid ? { valid: true, ...parts } : { valid: false, reason: "credit-code", ...parts };
}
