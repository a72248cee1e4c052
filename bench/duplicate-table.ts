/**
 * The memory of the duplicate table per record, run as its own process on the built code: `n`
 * implementation codes kept in KeyLineTable (the keys' bytes) and in FingerprintLineTable (two
 * hashes and the line), each in a fresh process so that one's pages do not hide the other's.
 * Prints {table, records, bytesPerRecord, ms} as JSON. Usage: node duplicate-table.js <key-line|fingerprint> <n>.
 */
import { FingerprintLineTable } from "../src/validate/fingerprint-line-table.js";
import { KeyLineTable } from "../src/validate/key-line-table.js";

const [kind, count] = [process.argv[2]!, Number(process.argv[3] ?? 3_000_000)];
/** A 31-character implementation code numbered `i`, as the record generator makes them distinct. */
const code = (i: number) => `11320500MB${i.toString(36).toUpperCase().padStart(8, "0")}4M4000123018000`.slice(0, 31);
const before = process.memoryUsage();
const started = performance.now();
const table = kind === "fingerprint" ? new FingerprintLineTable((line) => code(line - 1)) : new KeyLineTable();
for (let i = 0; i < count; i++) if (table.get(code(i)) === undefined) table.set(code(i), i + 1);
const ms = performance.now() - started;
globalThis.gc?.();
const after = process.memoryUsage();
const grown = after.arrayBuffers + after.heapUsed - before.arrayBuffers - before.heapUsed;
process.stdout.write(JSON.stringify({ table: kind, records: table.size, bytesPerRecord: grown / count, rssMb: after.rss / 2 ** 20, ms }) + "\n");
