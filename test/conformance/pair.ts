/** A minimal upper/lower pair: a province standard list and the city list derived from it (clean by construction). */
import { deriveImplementation } from "../../src/derive/derive-implementation.js";
import type { Issue } from "../../src/report/issue.js";
import { readJson } from "../helpers/examples.js";

/** The city agency of examples/3-city-suzhou.json (its credit code passes the checksums). */
export const CITY_AGENCY = { name: "苏州市卫生健康委员会", creditCode: "11320500MB1H2K9E53", nature: "1" } as const;

/** A fresh upper (province standard, two items with levels 3 and 4) and lower (Suzhou city) pair. */
export function pair(): { upper: any; lower: any } {
  const upper = readJson("test/fixtures/conformance/upper-standard.json");
  const lower = deriveImplementation(upper, { region: { code: "320500000000" }, agency: { ...CITY_AGENCY } }) as any;
  return { upper, lower };
}

/** The comparable part of issues: rule, severity, path, upperPath. */
export function brief(issues: readonly Issue[]) {
  return issues.map((i) => ({ rule: i.rule, severity: i.severity, path: i.path, ...(i.upperPath !== undefined ? { upperPath: i.upperPath } : {}) }));
}

