/**
 * The memory of the duplicate keys per record, run as its own process on the built code: `n`
 * implementation codes kept in KeyLineTable (the keys' bytes; `--jobs 1`, `.gz`, stdin) and in
 * KeySpill (fingerprints and line offsets in a bounded buffer that spills sorted runs to a
 * temporary file; the merge of a worker-pool run), each in a fresh process so that one's pages do
 * not hide the other's. Prints {table, records, bytesPerRecord, rssMb, runs, ms} as JSON.
 * Usage: node duplicate-table.js <key-line|spill> <n>.
 */
import { KeySpill } from "../src/node/key-spill.js";
import { fingerprintOf } from "../src/node/spilled-duplicates.js";
import { KeyLineTable } from "../src/validate/key-line-table.js";

const [kind, count] = [process.argv[2]!, Number(process.argv[3] ?? 3_000_000)];
/** A 31-character implementation code numbered `i`, as the record generator makes them distinct. */
const code = (i: number) => `11320500MB${i.toString(36).toUpperCase().padStart(8, "0")}4M4000123018000`.slice(0, 31);
const before = process.memoryUsage();
const started = performance.now();
let runs = 0;
if (kind === "spill") {
  const spill = new KeySpill();
  for (let i = 0; i < count; i++) {
    const { hi, lo } = fingerprintOf(code(i));
    spill.add(hi, lo, i + 1, i * 1600);
  }
  let sorted = 0;
  for (const _ of spill.sorted()) sorted++;
  if (sorted !== count) throw new Error(`the spill gave back ${sorted} of ${count} keys`);
  runs = spill.spilledRuns;
  spill.close();
} else {
  const table = new KeyLineTable();
  for (let i = 0; i < count; i++) if (table.get(code(i)) === undefined) table.set(code(i), i + 1);
}
const ms = performance.now() - started;
globalThis.gc?.();
const after = process.memoryUsage();
const grown = after.arrayBuffers + after.heapUsed - before.arrayBuffers - before.heapUsed;
process.stdout.write(JSON.stringify({ table: kind, records: count, bytesPerRecord: grown / count, rssMb: after.rss / 2 ** 20, runs, ms }) + "\n");
