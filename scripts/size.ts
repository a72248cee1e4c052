/** `npm run size`: the minified browser bundle of each import against its budget (builds nothing: run `npm run build` first). */
import { measureBundles } from "./lib/bundle-sizes.js";

const results = await measureBundles();
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
console.log("| import | minified | budget | issue's target | carries xlsx/regions |\n|---|---|---|---|---|");
for (const r of results) {
  const target = r.target === undefined ? "" : `${kb(r.target)}${r.bytes > r.target ? " (not met)" : ""}`;
  console.log(`| ${r.name} | ${kb(r.bytes)} | ${kb(r.budget)}${r.bytes > r.budget ? " **over**" : ""} | ${target} | ${r.heavy.length ? r.heavy.join(", ") : "no"}${r.lean && r.heavy.length ? " **must not**" : ""} |`);
}
if (results.some((r) => r.bytes > r.budget || (r.lean && r.heavy.length))) process.exitCode = 1;
