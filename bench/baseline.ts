/**
 * The benchmark's baseline, run as its own process: read the file with the validator's own file
 * and line reader (the same reads and splitting), decode it as UTF-8 text as any plain reader
 * must, and JSON.parse every line, nothing else, on one thread. (The validator checks the bytes
 * are UTF-8 instead and parses valid lines as Latin-1 text; docs/performance.md.) Prints
 * {records, maxRssKb} as JSON.
 */
import { openFile } from "../src/node/open-file.js";
import { readLines } from "../src/stream/line-reader.js";

const file = process.argv[2]!;
let records = 0;
let sink = 0;
for await (const batch of readLines(openFile(file, { reuseBuffer: true }))) {
  for (const line of batch.lines) {
    if (line.length === 0) continue;
    const value = JSON.parse(line) as Record<string, unknown>;
    // Touch the result so the parse cannot be optimised away.
    if (value !== null) sink++;
    records++;
  }
}
process.stdout.write(JSON.stringify({ records, sink, maxRssKb: process.resourceUsage().maxRSS }) + "\n");
