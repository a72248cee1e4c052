/** A minimal v2 upper/lower pair: the 姑苏区 implementation list of the v2 fixtures and the city standard it follows (clean by construction). */
import { readJson } from "../helpers/examples.js";

/** Fields an implementation item has beyond a standard item (schemas/v2/implementation-item.schema.json). */
const IMPLEMENTATION_ONLY = [
  "implementationCode", "localImplementationCode", "handlingItemCode", "handlingItemName", "level", "agency", "powerSource",
  "entrustingDepartment", "jointAgencies", "undertakingAgency", "location", "hours", "consultation", "complaint",
];

/** A fresh upper (苏州市 standard list, level 3) and lower (姑苏区 implementation list, level 4) pair of v2 documents. */
export function pairV2(): { upper: any; lower: any } {
  const lower = readJson("test/fixtures/v2/catalogue/valid/full-implementation.json");
  const upper = structuredClone(lower);
  upper.kind = "standard";
  upper.region = { code: "320500000000", level: "3" };
  upper.publisher = { name: "苏州市政务服务管理办公室" };
  upper.title = "苏州市政务服务事项标准化实施清单";
  delete upper.upper;
  for (const item of upper.items) for (const key of IMPLEMENTATION_ONLY) delete item[key];
  return { upper, lower };
}
