/**
 * Generates the lists of the conformance benchmarks: a province standard list of `items` items
 * (copies of the example province's items, each with its own basic code), and county
 * implementation lists derived from it, each with a few deviations so that the run also
 * exercises the finding path. Deterministic.
 */
import fs from "node:fs";
import path from "node:path";
import { deriveImplementation } from "../src/derive/derive-implementation.js";
import { creditCode } from "./generate-records.js";

type Item = Record<string, any>;
type List = Record<string, any>;

/** The province standard list: `count` items, a `countyShare` of them implemented at county level (4). */
export function provinceList(root: string, count: number, countyShare: number): List {
  const example = JSON.parse(fs.readFileSync(path.join(root, "examples", "2-province-standard.json"), "utf8")) as List;
  const templates = example.items as Item[];
  const items: Item[] = [];
  for (let n = 0; n < count; n++) {
    const item = structuredClone(templates[n % templates.length]!);
    // Issuer 32 (the province), the template's type, then a 7-digit running number.
    item.basicCode = "32" + String(item.basicCode).slice(2, 4) + String(n).padStart(8, "0");
    delete item.handlingItemCode;
    item.name = `${item.name}（${n}）`;
    item.levels = n % 1000 < countyShare * 1000 ? ["3", "4"] : ["3"];
    items.push(item);
  }
  return { ...example, items };
}

/** The county list numbered `k` (region 32xx yy), derived from `province`, with one deviation in 100 items. */
export function countyList(province: List, k: number): List {
  const region = `32${String(1 + (k % 13)).padStart(2, "0")}${String(1 + Math.floor(k / 13)).padStart(2, "0")}000000`;
  const agency = { name: `县级机关${k}`, creditCode: creditCode("11", region.slice(0, 6), k), nature: "1" as const };
  const county = deriveImplementation(province, { region: { code: region }, agency }) as List;
  // A published list has its local fields filled: no list of fields to fill.
  delete county.extensions;
  county.items.forEach((item: Item, i: number) => {
    if (i % 100 === 7) item.materials.push({ name: `本地新增材料${i}`, necessity: "required", medium: "paper" });
    if (i % 100 === 37) item.timeLimit.promised.value += 5;
    if (i % 100 === 67) item.visits += 1;
  });
  return county;
}
