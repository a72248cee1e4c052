/**
 * The conformance benchmark, run as its own process on the built code: a generated county list
 * of 1,500 items checked against a generated province standard of 5,000 items, as a ratio to
 * validating the province list, both in the same process (best of `repeat` after a warm-up).
 * Prints {validateMs, conformMs, ratio, issues} as JSON. Usage: node conformance.js <root> [repeat].
 */
import { checkConformance } from "../src/conformance/check-conformance.js";
import { validate } from "../src/validate/validate.js";
import { countyList, provinceList } from "./generate-lists.js";

const root = process.argv[2]!;
const repeat = Number(process.argv[3] ?? 20);
// Through JSON, as the lists come from files: flat strings and the object shapes JSON.parse makes.
const generated = provinceList(root, 5000, 0.3);
const province = JSON.parse(JSON.stringify(generated)) as { items: unknown[] };
const county = JSON.parse(JSON.stringify(countyList(generated, 0))) as { items: unknown[] };

/** The best time of `repeat` runs of `task`, in ms, after two warm-up runs. */
function best(task: () => unknown): number {
  task();
  task();
  let min = Infinity;
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    task();
    min = Math.min(min, performance.now() - started);
  }
  return min;
}

// Taking turns spreads a shared machine's drift over both (as bench/run.ts does).
let validateMs = Infinity;
let conformMs = Infinity;
for (let round = 0; round < 3; round++) {
  validateMs = Math.min(validateMs, best(() => validate(province)));
  conformMs = Math.min(conformMs, best(() => checkConformance(province, county)));
}
const report = checkConformance(province, county);
process.stdout.write(JSON.stringify({ items: county.items.length, upperItems: province.items.length, validateMs, conformMs, ratio: conformMs / validateMs, issues: report.summary }) + "\n");
