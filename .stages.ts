import { openFile } from "./src/node/open-file.js";
import { readLines } from "./src/stream/line-reader.js";
import { LineValidator } from "./src/validate/line-validator.js";
import { fastItemValidators } from "./src/validate/fast-item-validators.js";
import { checkItem } from "./src/validate/run-rules.js";
const stage = process.argv[2]; const file = ".bench/records-100000.jsonl";
const v = new LineValidator({});
const t0 = process.cpuUsage(); const w0 = performance.now();
let n = 0;
for await (const b of readLines(openFile(file))) {
  for (let i = 0; i < b.lines.length; i++) {
    const l = b.lines[i]!; if (!l) continue; n++;
    if (stage === "read") continue;
    if (stage === "full") { v.validateLine(l, b.firstLine + i); continue; }
    const o = JSON.parse(l);
    if (stage === "parse") continue;
    fastItemValidators.implementation(o);
    if (stage === "fast") continue;
    checkItem(o, { kind: "implementation" }, "", "zh-CN");
  }
}
const c = process.cpuUsage(t0);
console.log(stage, "cpu", ((c.user + c.system) / 1000).toFixed(0), "ms wall", (performance.now() - w0).toFixed(0), "gc?", n);
