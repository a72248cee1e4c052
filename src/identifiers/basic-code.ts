/** 基本编码: 12 digits = issuer(2) + item type(2) + department(2) + main item(3) + sub-item(3). */

/** A parsed basic code. */
export interface ParsedBasicCode {
  valid: boolean;
  reason?: "format";
  code: string;
  /** Catalogue issuer: "00" national, or a province prefix (e.g. "44"). */
  issuer?: string;
  /** Item type (A.1). */
  type?: string;
  /** Department. */
  department?: string;
  /** 主项 sequence. */
  main?: string;
  /** 子项 sequence ("000" = no sub-item). */
  sub?: string;
}

/** Parses a 12-digit basic code into its five segments. */
export function parseBasicCode(code: string): ParsedBasicCode {
  const m = /^(\d{2})(\d{2})(\d{2})(\d{3})(\d{3})$/.exec(code);
  if (!m) return { valid: false, reason: "format", code };
  return { valid: true, code, issuer: m[1], type: m[2], department: m[3], main: m[4], sub: m[5] };
}
